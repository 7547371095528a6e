//! A paragraph's HTML that is one table, as a content system keeps a table
//! among its paragraphs (`<figure class="table"><table>…</table>
//! <figcaption>…</figcaption></figure>`): read as a table block when it is
//! a plain one, rather than flattened into lines of text.

use std::ops::Range;

use super::tokens::{Span, Token, Tokens};
use super::{collapsed, is_html_space};
use crate::Error;
use crate::article::parse::Problems;
use crate::article::{Cell, Inline, InlineStyle, Table, in_language};

/// Elements that may stand around the table (a content system's wrappers)
/// or inside a cell or caption (holding its text), and say nothing more.
const HOLDERS: &[&str] = &["figure", "div", "p", "span", "br"];

/// The table `html` is, when it is one plain table and nothing else: every
/// row's cells (`<th>`, `<td>`) holding text and the inline markup of a
/// paragraph (in `p`, `div`, `span`; a list's items a line each), spanning columns and rows or not
/// (`rowspan="0"`: to the end of its group of rows), and no text outside the table but its caption (`<caption>`, or the
/// `<figcaption>` of a `<figure>` around it). Its header is its `<thead>`'s
/// rows, or else its first rows while every cell of them is a `<th>`, or
/// in bold and nothing else (a table pasted from a word processor; an
/// empty corner too), and rows follow. When every row under it opens with
/// a `<th>`, those cells head their rows (`rowHeaders`). `None`
/// otherwise, and the paragraph is read as inline HTML.
///
/// Each cell's HTML is read as a paragraph's (`path` names the field in
/// the problems that reports), without a word on the holders around its
/// text.
///
/// A picture in a cell makes no plain table of it unless `pictures` says
/// to leave them out: a table that only frames pictures and their captions
/// is read as those pictures ([`super::figures`]) first, and a table of
/// data with a picture in a cell (a column of products' photos) keeps its
/// rows and columns, each such picture left out and reported as a cell's.
pub(in crate::article) fn table(
    html: &str,
    path: &str,
    pictures: Pictures,
    problems: &mut Problems,
) -> Option<Table> {
    let mut reader = Reader {
        pictures,
        ..Reader::default()
    };
    let mut tokens = Tokens::new(html);
    while let Some((before, token)) = tokens.next_at() {
        match token {
            Token::Text(_) if reader.cell.is_some() => {}
            Token::Text(text) => match reader.caption.as_mut().filter(|_| reader.reading_caption) {
                Some(caption) => caption.push_str(&text),
                None if text.trim_matches(is_html_space).is_empty() => {}
                None => return None,
            },
            Token::Start { name, span, lang, .. } => {
                reader.start(&name, span, lang, before, tokens.offset())?
            }
            Token::End(name) => reader.end(&name, before),
            Token::Unclosed(_) => return None,
        }
    }
    reader.end("table", html.len());
    let Reader {
        opened,
        caption,
        head_rows,
        mut rows,
        groups,
        ..
    } = reader;
    if !opened || rows.is_empty() {
        return None;
    }
    // `rowspan="0"`: to the end of the cell's group of rows, counted from
    // the last row up.
    let mut rest_of_group = vec![1usize; rows.len()];
    for index in (0..rows.len().saturating_sub(1)).rev() {
        if groups[index] == groups[index + 1] {
            rest_of_group[index] = rest_of_group[index + 1] + 1;
        }
    }
    for (cells, rest) in rows.iter_mut().zip(rest_of_group) {
        for cell in cells.iter_mut().filter(|cell| cell.span.rows == 0) {
            cell.span.rows =
                u16::try_from(rest).map_or(Cell::MAX_ROWSPAN, |rows| rows.min(Cell::MAX_ROWSPAN));
        }
    }
    // Whether each row's cells are all `<th>`, and its first.
    let ths: Vec<(bool, bool)> = (rows.iter())
        .map(|cells| (cells.iter().all(|cell| cell.th), cells[0].th))
        .collect();
    let mut cell_problems = Problems::default();
    let mut rows: Vec<Vec<Cell>> = (rows.into_iter())
        .map(|cells| {
            (cells.into_iter())
                .map(|cell| cell.read(html, path, &mut cell_problems))
                .collect()
        })
        .collect();
    let heads = |(cells, (all_th, _)): (&Vec<Cell>, &(bool, bool))| {
        *all_th
            || (cells.iter().any(Cell::is_bold_only)
                && (cells.iter()).all(|cell| cell.is_bold_only() || cell.content.is_empty()))
    };
    let head_rows = match head_rows {
        0 => rows.iter().zip(&ths).take_while(|&row| heads(row)).count(),
        in_head => in_head,
    };
    // A table is a row at least under its heads.
    let head_rows = head_rows.min(rows.len() - 1);
    // Heads are set in bold: the bold a word processor gave them says no
    // more.
    for cells in &mut rows[..head_rows] {
        cells.iter_mut().for_each(Cell::unwrap_bold);
    }
    let body = rows.split_off(head_rows);
    // A row whose first column a cell above holds opens with no head.
    let row_headers = Table::first_column_held(&body)
        .zip(&ths[head_rows..])
        .all(|(held, &(_, first_th))| held || first_th);
    // The holders around a cell's text are expected there; a picture
    // left out is not, and is reported once for the table, as a tag is for
    // a paragraph.
    let mut pictures_reported = false;
    problems.extend(
        (cell_problems.into_vec().into_iter()).filter(|problem| match problem {
            Error::UnsupportedTag { tag, .. } if tag == "img" => {
                !std::mem::replace(&mut pictures_reported, true)
            }
            Error::UnsupportedTag { .. } => false,
            _ => true,
        }),
    );
    Some(Table {
        caption: caption
            .map(|caption| collapsed(&caption))
            .filter(|caption| !caption.is_empty()),
        header: rows,
        rows: body,
        row_headers,
    })
}

/// A cell as the table is read: where its HTML lies, its span, and
/// whether it is a `<th>`.
struct CellAt {
    html: Range<usize>,
    span: Span,
    th: bool,
    /// Its `lang` attribute (`<td lang="en">`).
    lang: Option<String>,
}

impl CellAt {
    /// The cell, its HTML read as a paragraph's (a list's items a line
    /// each), without the spaces at its edges (which a browser does not
    /// show). A cell that holds nothing but pictures, left out, holds
    /// their text alternatives (a bank's logo, `alt="Vietcombank"`, in a
    /// table of rates): without them its row would say nothing of what
    /// it is about. Its words are in the language its `lang` names.
    fn read(self, html: &str, path: &str, problems: &mut Problems) -> Cell {
        let lang = self.lang.and_then(|lang| super::language(lang, path, problems));
        let html = &html[self.html];
        let mut content = super::parse(html, path, problems);
        super::trim_edges(&mut content);
        if content.is_empty() {
            let alternatives: Vec<String> = (Tokens::new(html))
                .filter_map(|token| match token {
                    Token::Start {
                        name,
                        attributes: Some(attributes),
                        ..
                    } if name == "img" => attributes.alt.map(|alt| collapsed(&alt)),
                    _ => None,
                })
                .filter(|alt| !alt.is_empty())
                .collect();
            if !alternatives.is_empty() {
                content.push(Inline::Text(alternatives.join(" ")));
            }
        }
        if let Some(lang) = lang {
            in_language(&mut content, &lang);
        }
        Cell {
            content,
            colspan: self.span.columns,
            rowspan: self.span.rows,
        }
    }
}

impl Cell {
    /// The cell's words, inside the language they are all in when its
    /// `lang` names one.
    fn words(&self) -> &[Inline] {
        match self.content.as_slice() {
            [Inline::Language { children, .. }] => children,
            content => content,
        }
    }

    /// Whether the cell is words in bold and nothing else.
    fn is_bold_only(&self) -> bool {
        matches!(
            self.words(),
            [Inline::Styled {
                style: InlineStyle::Bold | InlineStyle::Strong,
                ..
            }]
        )
    }

    /// The cell without the bold around all its words, if they have it.
    fn unwrap_bold(&mut self) {
        if !self.is_bold_only() {
            return;
        }
        let words = match self.content.as_mut_slice() {
            [Inline::Language { children, .. }] => children,
            _ => &mut self.content,
        };
        if let Some(Inline::Styled { children, .. }) = words.pop() {
            *words = children;
        }
    }
}

/// What a table does with a picture in a cell.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::article) enum Pictures {
    /// It is no plain table: its pictures are read another way.
    #[default]
    Refused,
    /// The picture is left out of the cell (and reported), the table kept.
    LeftOut,
}

/// What has been read of the table so far.
#[derive(Default)]
struct Reader {
    /// What a picture in a cell does.
    pictures: Pictures,
    /// Whether the table has begun (a second is no plain table's).
    opened: bool,
    /// The caption, once one has been read, or while it is.
    caption: Option<String>,
    reading_caption: bool,
    /// The rows read, and how many of the first were in `<thead>`.
    rows: Vec<Vec<CellAt>>,
    head_rows: usize,
    in_head: bool,
    /// The group (`<thead>`, `<tbody>`, `<tfoot>`, or the rows outside
    /// them) of each row read, and of the rows being read.
    groups: Vec<usize>,
    group: usize,
    /// The row and the cell being read.
    row: Option<Vec<CellAt>>,
    cell: Option<CellAt>,
}

impl Reader {
    /// A start tag from `start` to `end` in the HTML (with the span of a
    /// cell); `None` when it is no part of a plain table.
    fn start(
        &mut self,
        name: &str,
        span: Span,
        lang: Option<String>,
        start: usize,
        end: usize,
    ) -> Option<()> {
        match name {
            "table" if !self.opened => self.opened = true,
            "caption" | "figcaption" if self.caption.is_none() => {
                self.caption = Some(String::new());
                self.reading_caption = true;
            }
            "thead" => {
                self.end_row(start);
                self.group += 1;
                self.in_head = true;
            }
            "tbody" | "tfoot" => {
                self.end_row(start);
                self.group += 1;
                self.in_head = false;
            }
            "tr" if self.opened => {
                self.end_row(start);
                self.row = Some(Vec::new());
            }
            "th" | "td" if self.opened => {
                self.end_cell(start);
                self.row.get_or_insert_with(Vec::new);
                self.cell = Some(CellAt {
                    html: end..end,
                    span,
                    th: name == "th",
                    lang,
                });
            }
            "colgroup" | "col" => {}
            // A paragraph's inline markup, and a list, inside a cell.
            "a" | "br" | "ul" | "ol" | "li" if self.cell.is_some() => {}
            "img" | "picture" | "source" if self.cell.is_some() && self.pictures == Pictures::LeftOut => {}
            _ if self.cell.is_some() && InlineStyle::from_tag(name).is_some() => {}
            // A line break or a paragraph's edge inside a caption parts
            // its words, as a browser shows them.
            _ if HOLDERS.contains(&name) => {
                if let Some(caption) = self.caption.as_mut().filter(|_| self.reading_caption) {
                    caption.push(' ');
                }
            }
            _ => return None,
        }
        Some(())
    }

    /// An end tag beginning at `at` in the HTML.
    fn end(&mut self, name: &str, at: usize) {
        match name {
            "th" | "td" => self.end_cell(at),
            "tr" => self.end_row(at),
            "thead" | "tbody" | "tfoot" => {
                self.end_row(at);
                self.group += 1;
                self.in_head = false;
            }
            "caption" | "figcaption" => self.reading_caption = false,
            "table" => {
                self.end_row(at);
                self.reading_caption = false;
            }
            _ => {}
        }
    }

    /// Ends the open cell, if any, where its HTML ends.
    fn end_cell(&mut self, at: usize) {
        if let (Some(mut cell), Some(cells)) = (self.cell.take(), &mut self.row) {
            cell.html.end = at;
            cells.push(cell);
        }
    }

    fn end_row(&mut self, at: usize) {
        self.end_cell(at);
        if let Some(row) = self.row.take().filter(|cells| !cells.is_empty()) {
            self.rows.push(row);
            self.groups.push(self.group);
            self.head_rows += usize::from(self.in_head);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::cell_texts;

    fn table(html: &str) -> Option<Table> {
        let mut problems = Problems::default();
        let read = super::table(html, "html", Pictures::Refused, &mut problems);
        let problems = problems.into_vec();
        assert!(read.is_some() || problems.is_empty(), "{html}: {problems:?}");
        read
    }

    #[test]
    fn a_table_of_data_keeps_its_cells_with_their_pictures_text_alternatives() {
        let html = "<table><tr><th>Mẫu</th><th>Ảnh</th><th>Giá</th></tr>\
                    <tr><td>VF e34</td><td><a href=\"vf.jpg\"><img src=\"vf.jpg\" alt=\"VF e34\"></a></td><td>690</td></tr></table>";
        assert_eq!(table(html), None, "read as pictures first");
        let mut problems = Problems::default();
        let read = super::table(html, "html", Pictures::LeftOut, &mut problems).unwrap();
        assert_eq!(cell_texts(&read.header), [["Mẫu", "Ảnh", "Giá"]]);
        // The picture's text alternative stands in the cell it leaves empty.
        assert_eq!(cell_texts(&read.rows), [["VF e34", "VF e34", "690"]]);
        let problems = problems.into_vec();
        assert!(
            matches!(problems.as_slice(), [Error::UnsupportedTag { tag, .. }] if tag == "img"),
            "{problems:?}"
        );
        // Banks' logos: each cell its bank's name, the pictures reported
        // once for the table; a decorative one leaves its cell empty, and
        // one beside words adds nothing to them.
        let logo = |alt: &str| format!("<img src=\"{alt}.png\" alt=\"{alt}\" width=\"300\" height=\"120\">");
        let html = format!(
            "<table><tr><th>Ngân hàng</th><th>Lãi suất</th></tr><tr><td>{}</td><td>4,8%</td></tr>\
             <tr><td> {} </td><td>5%</td></tr><tr><td>{} BIDV</td><td>5,1%</td></tr></table>",
            logo("Vietcombank"),
            logo(""),
            logo("BIDV"),
        );
        let mut problems = Problems::default();
        let read = super::table(&html, "html", Pictures::LeftOut, &mut problems).unwrap();
        assert_eq!(
            cell_texts(&read.rows),
            [["Vietcombank", "4,8%"], ["", "5%"], ["BIDV", "5,1%"]]
        );
        assert_eq!(problems.into_vec().len(), 1);
    }

    #[test]
    fn a_content_system_s_table_is_read_whole() {
        let read = table(
            "<figure class=\"table\"><table><thead><tr><th>Năm</th><th>Bản thân</th></tr></thead>\
             <tbody><tr><td>2013</td><td><p>9&nbsp;triệu</p></td></tr><tr><td>2020<td> 11 <br>triệu\n</tbody>\
             </table><figcaption>Mức giảm trừ</figcaption></figure>",
        )
        .unwrap();
        assert_eq!(read.caption.as_deref(), Some("Mức giảm trừ"));
        assert_eq!(cell_texts(&read.header), [["Năm", "Bản thân"]]);
        assert_eq!(
            cell_texts(&read.rows),
            [["2013", "9\u{a0}triệu"], ["2020", "11 triệu"]]
        );
        // The line break is kept; the spaces at a cell's edges are not.
        assert_eq!(
            read.rows[1][1].content,
            [
                Inline::Text("11 ".into()),
                Inline::Break,
                Inline::Text("triệu".into())
            ]
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
    fn cells_keep_a_paragraph_s_markup() {
        let mut problems = Problems::default();
        let read = super::table(
            "<table><tr><td><p><strong>Ngành</strong></p></td><td><b>Chỉ tiêu</b></td></tr>\
             <tr><td><a href=\"https://example.vn/y\">Y khoa</a></td><td>m<sup>2</sup> \
             <a href=\"javascript:alert(1)\">x</a></td></tr></table>",
            "blocks[0].html",
            Pictures::Refused,
            &mut problems,
        )
        .unwrap();
        // A first row all in bold is the header, its bold said by `<th>`.
        assert_eq!(read.header[0][0].content, [Inline::Text("Ngành".into())]);
        assert_eq!(cell_texts(&read.rows), [["Y khoa", "m2 x"]]);
        assert!(
            matches!(&read.rows[0][0].content[..], [Inline::Link { href, .. }] if href == "https://example.vn/y")
        );
        // The unsafe link is reported, as in a paragraph; the `<p>` that
        // holds a cell's text is not.
        let problems = problems.into_vec();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(matches!(&problems[0], Error::UnsafeLink { .. }));
        // An empty corner over a column of heads.
        let read = table(
            "<table><tr><td></td><td><b>2024</b></td></tr><tr><td><b>Hà Nội</b></td><td>1</td></tr></table>",
        )
        .unwrap();
        assert_eq!(cell_texts(&read.header), [["", "2024"]]);
        // A row in bold under a row that is not is a row.
        let read = table("<table><tr><td>A</td></tr><tr><td><b>B</b></td></tr></table>").unwrap();
        assert!(read.header.is_empty());
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
        let read = table("<table><thead><tr><th>A</th></tr><tr><th>B</th></tr></thead></table>").unwrap();
        assert_eq!((read.header.len(), read.rows.len()), (1, 1));
    }

    #[test]
    fn rows_that_open_with_a_th_have_heads() {
        // A row whose first column a head above holds opens with a cell.
        let read = table(
            "<table><tr><th>Tỉnh</th><th>Năm</th><th>Số ca</th></tr>\
             <tr><th rowspan=\"2\">Hà Nội</th><td>2023</td><td>1</td></tr><tr><td>2024</td><td>2</td></tr>\
             <tr><th>Huế</th><td>2024</td><td>3</td></tr></table>",
        )
        .unwrap();
        assert!(read.row_headers);
        let read =
            table("<table><tr><th>Huế</th><td>3</td></tr><tr><td>Tổng</td><td>3</td></tr></table>").unwrap();
        assert!(!read.row_headers);
    }

    #[test]
    fn a_cell_of_rowspan_zero_spans_the_rest_of_its_group() {
        let read = table(
            "<table><thead><tr><th rowspan=\"0\">Tỉnh</th><th>2023</th></tr><tr><th>2024</th></tr></thead>\
             <tbody><tr><td rowspan=0>Hà Nội</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>\
             <tbody><tr><td rowspan=0>Huế</td><td>4</td></tr></tbody></table>",
        )
        .unwrap();
        let spans = |rows: &[Vec<Cell>]| -> Vec<Vec<u16>> {
            rows.iter()
                .map(|row| row.iter().map(|cell| cell.rowspan).collect())
                .collect()
        };
        assert_eq!(spans(&read.header), [vec![2, 1], vec![1]]);
        assert_eq!(spans(&read.rows), [vec![3, 1], vec![1], vec![1], vec![1, 1]]);
    }

    #[test]
    fn a_list_in_a_cell_is_its_lines() {
        let read = table(
            "<table><tr><th>Tỉnh</th><th>Điểm ngập</th></tr>\
             <tr><td>Hà Nội</td><td><ul><li>Phố Huế</li><li>Nguyễn Trãi</li></ul></td></tr></table>",
        )
        .unwrap();
        assert_eq!(
            read.rows[0][1].content,
            [
                Inline::Text("Phố Huế".into()),
                Inline::Break,
                Inline::Text("Nguyễn Trãi".into())
            ]
        );
    }

    #[test]
    fn what_a_table_block_cannot_keep_is_read_as_inline_html() {
        for html in [
            "Giá vàng hôm nay: <table><tr><td>1</td></tr></table>",
            "<table><tr><td><img src=\"a.jpg\" alt=\"Biểu đồ\"></td></tr></table>",
            "<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>",
            "<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>",
            "<table><caption><b>Giá</b></caption><tr><td>1</td></tr></table>",
            "<table></table>",
            "<p>Không có bảng</p>",
        ] {
            assert_eq!(table(html), None, "{html}");
        }
    }
}
