//! Tables a scrape kept as lines of cells: parted by tabs, as a page's
//! table is copied out of a browser, or by `|`, as Markdown and
//! plain-text tables write them (`| Năm | Bản thân |`).

use super::Line;
use crate::article::{Block, Cell, Table};

/// The most words a cell holds: a longer run of words between two bars is
/// a sentence (`Bài: Minh Anh | Ảnh: …` is a byline, and its parts short,
/// but it is one line, never two rows).
const MAX_CELL_WORDS: usize = 20;

/// The table `lines` begin with, and how many lines it takes: its caption
/// when the first line names one (`Bảng: …`, `Bảng 2. …`), then two rows
/// or more, each of the same number of cells (two or more) parted the
/// same way. The first row is the header when a Markdown rule is under it
/// (`|---|:---:|`), when none of its cells holds a number and a later
/// row's does (`Năm | Bản thân`, then `2013 | 9 triệu`), or when each of
/// its cells holds words and a column under it holds numbers alone
/// (`Chỉ tiêu | Năm 2024`, then `Doanh thu | 1.234`). Each row's first
/// cell heads it when it is in words and a column beside holds numbers
/// alone (`Hà Nội | 30`).
pub(super) fn table_at(lines: &[Line<'_>]) -> Option<(Block, usize)> {
    let caption = lines.first().filter(|line| names_table(line.text));
    let first = usize::from(caption.is_some());
    let (parting, width) = row(lines.get(first)?.text)?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut ruled = false;
    let mut len = first;
    for line in &lines[first..] {
        let Some(cells) = cells(line.text, parting).filter(|cells| cells.len() == width) else {
            break;
        };
        len += 1;
        if rows.len() == 1 && !ruled && cells.iter().all(|cell| is_rule(cell)) {
            ruled = true;
            continue;
        }
        rows.push(cells.into_iter().map(str::to_owned).collect());
    }
    if rows.len() < 2 {
        return None;
    }
    let has_number = |row: &Vec<String>| row.iter().any(|cell| cell.bytes().any(|b| b.is_ascii_digit()));
    // A column of numbers alone under a head in words (`Năm 2024`, then
    // `1.234`, `7,5%`).
    let numbers_under_words = (0..width).any(|column| {
        !is_number_alone(&rows[0][column]) && rows[1..].iter().all(|row| is_number_alone(&row[column]))
    });
    let in_words = rows[0].iter().all(|cell| cell.chars().any(char::is_alphabetic));
    let has_header = ruled
        || (!has_number(&rows[0]) && rows[1..].iter().any(has_number))
        || (in_words && numbers_under_words);
    let body = rows.split_off(usize::from(has_header));
    // Rows named by their first cell in words (a team, a province) over
    // columns of numbers alone: each name heads its row.
    let row_headers = (body.iter()).all(|row| row[0].chars().any(char::is_alphabetic))
        && (1..width).any(|column| body.iter().all(|row| is_number_alone(&row[column])));
    let cells = |rows: Vec<Vec<String>>| {
        rows.into_iter()
            .map(|row| row.into_iter().map(Cell::text).collect())
            .collect()
    };
    let table = Table {
        caption: caption.map(|line| line.text.to_owned()),
        header: cells(rows),
        rows: cells(body),
        row_headers,
    };
    Some((Block::Table(table), len))
}

/// Whether `cell` is a number and nothing more: digits and the marks
/// written with them (`1.234`, `7,5%`, `-3`, `+12`), no letter.
fn is_number_alone(cell: &str) -> bool {
    cell.bytes().any(|b| b.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-' | '+' | '−' | ' '))
}

/// How a row parts its cells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parting {
    Tabs,
    Bars,
}

/// How `line` parts its cells and how many it has, when it is a row of a
/// table: two cells or more.
fn row(line: &str) -> Option<(Parting, usize)> {
    [Parting::Tabs, Parting::Bars]
        .into_iter()
        .find_map(|parting| Some((parting, cells(line, parting)?.len())))
}

/// The cells of `line` parted by `parting`, trimmed (a Markdown row's bars
/// at its ends are no cells' edges), when it has two or more and each
/// holds no more than [`MAX_CELL_WORDS`] words.
fn cells(line: &str, parting: Parting) -> Option<Vec<&str>> {
    let cells: Vec<&str> = match parting {
        Parting::Tabs => line.split('\t').map(str::trim).collect(),
        Parting::Bars => {
            let inner = line.strip_prefix('|').unwrap_or(line);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            inner.split('|').map(str::trim).collect()
        }
    };
    let short = |cell: &&str| cell.split_whitespace().nth(MAX_CELL_WORDS).is_none();
    (cells.len() >= 2 && cells.iter().all(short) && cells.iter().any(|cell| !cell.is_empty()))
        .then_some(cells)
}

/// Whether `line` is a Markdown table's rule under its header
/// (`|---|:---:|`).
pub(super) fn is_rule_row(line: &str) -> bool {
    cells(line, Parting::Bars).is_some_and(|cells| cells.iter().all(|cell| is_rule(cell)))
}

/// Whether `cell` is a Markdown table's rule under its header (`---`,
/// `:---:`).
fn is_rule(cell: &str) -> bool {
    let dashes = cell.trim_start_matches(':').trim_end_matches(':');
    dashes.len() >= 3 && dashes.bytes().all(|b| b == b'-')
}

/// Whether `line` names the table under it: `Bảng`, perhaps its number,
/// then a colon or a full stop (`Bảng: Giá vàng`, `Bảng 2. Kết quả`).
fn names_table(line: &str) -> bool {
    let Some(rest) = ["Bảng", "BẢNG"].iter().find_map(|label| line.strip_prefix(label)) else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with([':', '.']) && rest.len() > 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::cell_texts;

    fn lines<'a>(texts: &[&'a str]) -> Vec<Line<'a>> {
        (texts.iter().enumerate())
            .map(|(index, &text)| Line {
                number: index + 1,
                last: index + 1,
                part: 0,
                text,
            })
            .collect()
    }

    fn table(texts: &[&str]) -> Option<(Table, usize)> {
        match table_at(&lines(texts))? {
            (Block::Table(table), len) => Some((table, len)),
            _ => None,
        }
    }

    #[test]
    fn rows_of_cells_are_a_table() {
        let (read, len) = table(&[
            "Bảng 1: Mức giảm trừ gia cảnh",
            "Năm\tBản thân\tNgười phụ thuộc",
            "2013\t9 triệu\t3,6 triệu",
            "2020\t11 triệu\t4,4 triệu",
            "Mức này áp dụng từ kỳ tính thuế năm 2020.",
        ])
        .unwrap();
        assert_eq!(len, 4);
        assert_eq!(read.caption.as_deref(), Some("Bảng 1: Mức giảm trừ gia cảnh"));
        assert_eq!(cell_texts(&read.header), [["Năm", "Bản thân", "Người phụ thuộc"]]);
        assert_eq!(
            cell_texts(&read.rows),
            [
                ["2013", "9 triệu", "3,6 triệu"],
                ["2020", "11 triệu", "4,4 triệu"]
            ]
        );
        // A Markdown table: its rule makes the first row the header.
        let (read, len) = table(&[
            "| Đội | Điểm |",
            "|---|:---:|",
            "| Hà Nội | 30 |",
            "| Viettel | 28 |",
        ])
        .unwrap();
        assert_eq!(
            (read.header.len(), read.header[0].len(), read.rows.len(), len),
            (1, 2, 2, 4)
        );
        assert_eq!(cell_texts(&read.rows)[0], ["Hà Nội", "30"]);
        // The teams head their rows of points.
        assert!(read.row_headers);
        // Without a header: every row holds numbers, or none does.
        let (read, _) = table(&["Hà Nội | 30", "Viettel | 28"]).unwrap();
        assert!(read.header.is_empty());
        // Heads in words with a year in them, over columns of numbers alone.
        let (read, _) = table(&[
            "Chỉ tiêu\tNăm 2023\tNăm 2024",
            "Doanh thu (tỷ đồng)\t1.234\t1.456",
            "Tăng trưởng\t5,2%\t7,5%",
        ])
        .unwrap();
        assert_eq!(cell_texts(&read.header), [["Chỉ tiêu", "Năm 2023", "Năm 2024"]]);
        assert_eq!(read.rows.len(), 2);
        // Numbers with their units are no column of numbers alone.
        let (read, _) = table(&["Hà Nội | 12 triệu", "Huế | 9 triệu"]).unwrap();
        assert!(read.header.is_empty() && !read.row_headers);
    }

    #[test]
    fn lines_that_are_no_table() {
        // One row; rows of different widths; a byline; a sentence between bars.
        assert!(table(&["Năm\tBản thân", "Đoạn văn."]).is_none());
        assert!(table(&["a | b", "a | b | c"]).is_none());
        assert!(table(&["Bài: Minh Anh | Ảnh: Lê Hương", "Hà Nội mưa lớn."]).is_none());
        let long = "Một câu văn dài có hơn hai mươi chữ, kể lại đầy đủ những gì đã diễn ra tại hội nghị sáng nay ở tỉnh";
        assert!(table(&[&format!("{long} | a"), &format!("{long} | b")]).is_none());
        assert!(!names_table("Bảng xếp hạng đã thay đổi."));
        assert!(is_rule_row("|---|:---:|") && is_rule_row("--- | ---"));
        assert!(!is_rule_row("| --- | a |") && !is_rule_row("---"));
        assert!(names_table("Bảng 2. Kết quả"));
    }
}
