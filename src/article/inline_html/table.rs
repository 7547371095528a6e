//! A paragraph's HTML that is one table, as a content system keeps a table
//! among its paragraphs (`<figure class="table"><table>…</table>
//! <figcaption>…</figcaption></figure>`): read as a table block when it is
//! a plain one, rather than flattened into lines of text.

use super::is_html_space;
use super::tokens::{Span, Token, Tokens};
use crate::article::{Cell, Table};

/// Elements that may stand around the table (a content system's wrappers)
/// or inside a cell or caption (holding its text), and say nothing more.
const HOLDERS: &[&str] = &["figure", "div", "p", "span", "br"];

/// The table `html` is, when it is one plain table and nothing else: every
/// row's cells (`<th>`, `<td>`) holding only text (in `p`, `div`, `span`,
/// `br`), spanning columns and rows or not, and no text outside the table
/// but its caption (`<caption>`, or the `<figcaption>` of a `<figure>`
/// around it). Its header is its `<thead>`'s rows, or else its first rows
/// while every cell of them is a `<th>` and rows follow. `None` otherwise,
/// and the paragraph is read as inline HTML.
pub(in crate::article) fn table(html: &str) -> Option<Table> {
    let mut reader = Reader::default();
    for token in Tokens::new(html) {
        match token {
            Token::Text(text) => match reader.open_text() {
                Some(open) => open.push_str(&text),
                None if text.trim_matches(is_html_space).is_empty() => {}
                None => return None,
            },
            Token::Start { name, span, .. } => reader.start(&name, span)?,
            Token::End(name) => reader.end(&name),
            Token::Unclosed(_) => return None,
        }
    }
    reader.end("table");
    let Reader {
        opened,
        caption,
        head_rows,
        mut rows,
        ..
    } = reader;
    let head_rows = match head_rows {
        0 => rows
            .iter()
            .take_while(|(_, heads)| *heads)
            .count()
            .min(rows.len().saturating_sub(1)),
        rows => rows,
    };
    let body = rows.split_off(head_rows);
    let cells = |rows: Vec<(Vec<Cell>, bool)>| rows.into_iter().map(|(cells, _)| cells).collect();
    let (header, rows): (Vec<_>, Vec<_>) = (cells(rows), cells(body));
    (opened && !rows.is_empty()).then(|| Table {
        caption: caption
            .map(|caption| collapsed(&caption))
            .filter(|caption| !caption.is_empty()),
        header,
        rows,
    })
}

/// What has been read of the table so far.
#[derive(Default)]
struct Reader {
    /// Whether the table has begun (a second is no plain table's).
    opened: bool,
    /// The caption, once one has been read, or while it is.
    caption: Option<String>,
    reading_caption: bool,
    /// The rows read (each with whether all its cells are `<th>`), and how
    /// many of the first were in `<thead>`.
    rows: Vec<(Vec<Cell>, bool)>,
    head_rows: usize,
    in_head: bool,
    /// The row and the cell being read.
    row: Option<(Vec<Cell>, bool)>,
    cell: Option<Cell>,
}

impl Reader {
    /// Where the text read now goes: the open cell, or the caption.
    fn open_text(&mut self) -> Option<&mut String> {
        match (&mut self.cell, self.reading_caption) {
            (Some(cell), _) => Some(&mut cell.text),
            (None, true) => self.caption.as_mut(),
            (None, false) => None,
        }
    }

    /// A start tag (with the span of a cell); `None` when it is no part of
    /// a plain table.
    fn start(&mut self, name: &str, span: Span) -> Option<()> {
        match name {
            "table" if !self.opened => self.opened = true,
            "caption" | "figcaption" if self.caption.is_none() => {
                self.caption = Some(String::new());
                self.reading_caption = true;
            }
            "thead" => self.in_head = true,
            "tbody" | "tfoot" => {
                self.end_row();
                self.in_head = false;
            }
            "tr" if self.opened => {
                self.end_row();
                self.row = Some((Vec::new(), true));
            }
            // A cell spanning the rest of its rows' group (`rowspan="0"`)
            // would need the group's rows counted first: not a plain table.
            "th" | "td" if self.opened && span.rows > 0 => {
                self.end_cell();
                let row = self.row.get_or_insert_with(|| (Vec::new(), true));
                row.1 &= name == "th";
                self.cell = Some(Cell {
                    text: String::new(),
                    colspan: span.columns,
                    rowspan: span.rows,
                });
            }
            "colgroup" | "col" => {}
            // A line break or a paragraph's edge inside a cell or a caption
            // parts its words, as a browser shows them.
            _ if HOLDERS.contains(&name) => {
                if let Some(text) = self.open_text() {
                    text.push(' ');
                }
            }
            _ => return None,
        }
        Some(())
    }

    fn end(&mut self, name: &str) {
        match name {
            "th" | "td" => self.end_cell(),
            "tr" => self.end_row(),
            "thead" => {
                self.end_row();
                self.in_head = false;
            }
            "caption" | "figcaption" => self.reading_caption = false,
            "table" => {
                self.end_row();
                self.reading_caption = false;
            }
            _ => {}
        }
    }

    fn end_cell(&mut self) {
        if let (Some(mut cell), Some((cells, _))) = (self.cell.take(), &mut self.row) {
            cell.text = collapsed(&cell.text);
            cells.push(cell);
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        if let Some(row) = self.row.take().filter(|(cells, _)| !cells.is_empty()) {
            self.rows.push(row);
            self.head_rows += usize::from(self.in_head);
        }
    }
}

/// `text` as a browser shows it: runs of HTML's spaces one space, none at
/// the ends.
fn collapsed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_html_space).filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::cell_texts;

    #[test]
    fn a_content_system_s_table_is_read_whole() {
        let read = table(
            "<figure class=\"table\"><table><thead><tr><th>Năm</th><th>Bản thân</th></tr></thead>\
             <tbody><tr><td>2013</td><td><p>9&nbsp;triệu</p></td></tr><tr><td>2020<td>11 <br>triệu</tbody>\
             </table><figcaption>Mức giảm trừ</figcaption></figure>",
        )
        .unwrap();
        assert_eq!(read.caption.as_deref(), Some("Mức giảm trừ"));
        assert_eq!(cell_texts(&read.header), [["Năm", "Bản thân"]]);
        assert_eq!(
            cell_texts(&read.rows),
            [["2013", "9\u{a0}triệu"], ["2020", "11 triệu"]]
        );
        // A first row of `<th>` alone is the header; a `<caption>` names it.
        let read = table("<table><caption> Giá </caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
            .unwrap();
        assert_eq!(
            (read.caption.as_deref(), read.header.len(), read.rows.len()),
            (Some("Giá"), 1, 1)
        );
    }

    #[test]
    fn merged_cells_keep_their_spans_and_heads_their_rows() {
        let read = table(
            "<table><thead><tr><th rowspan=\"2\">Tỉnh</th><th colspan=2>Năm 2024</th></tr>\
             <tr><th>Quý I</th><th>Quý II</th></tr></thead>\
             <tbody><tr><td>Hà Nội</td><td COLSPAN=\" +2px\" colspan=\"3\">12</td></tr>\
             <tr><td colspan=\"0\" rowspan=\"99999\">Tổng</td></tr></tbody></table>",
        )
        .unwrap();
        assert_eq!(
            cell_texts(&read.header),
            [vec!["Tỉnh", "Năm 2024"], vec!["Quý I", "Quý II"]]
        );
        let spans = |rows: &[Vec<Cell>]| -> Vec<Vec<(u16, u16)>> {
            rows.iter()
                .map(|row| row.iter().map(|cell| (cell.colspan, cell.rowspan)).collect())
                .collect()
        };
        assert_eq!(spans(&read.header), [vec![(1, 2), (2, 1)], vec![(1, 1), (1, 1)]]);
        // The first of two `colspan`s counts, read as HTML reads it; a
        // `colspan` of 0 is 1, and spans are capped as HTML caps them.
        assert_eq!(
            spans(&read.rows),
            [vec![(1, 1), (2, 1)], vec![(1, Cell::MAX_ROWSPAN)]]
        );
        // Without `<thead>`, the first rows of `<th>` alone are the heads,
        // as long as a row follows them.
        let read = table(
            "<table><tr><th colspan=\"2\">Điểm</th></tr><tr><th>Trận</th><th>Điểm</th></tr>\
             <tr><td>1</td><td>3</td></tr></table>",
        )
        .unwrap();
        assert_eq!((read.header.len(), read.rows.len()), (2, 1));
        let read = table("<table><tr><th>A</th></tr><tr><th>B</th></tr></table>").unwrap();
        assert_eq!((read.header.len(), read.rows.len()), (1, 1));
    }

    #[test]
    fn what_a_table_block_cannot_keep_is_read_as_inline_html() {
        for html in [
            "Giá vàng hôm nay: <table><tr><td>1</td></tr></table>",
            "<table><tr><td rowspan=\"0\">Tổng</td></tr></table>",
            "<table><tr><td><b>1</b></td></tr></table>",
            "<table><tr><td><a href=\"/x\">1</a></td></tr></table>",
            "<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>",
            "<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>",
            "<table></table>",
            "<p>Không có bảng</p>",
        ] {
            assert_eq!(table(html), None, "{html}");
        }
    }
}
