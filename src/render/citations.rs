//! Cited documents in the rendered article: each mention highlighted where
//! it is (a link when the document has one, with its description for
//! hover, focus and screen readers), and the documents listed once at the
//! end with links back to every mention.
//!
//! This is a pass over the event stream, between the model and the
//! writers: the article's prose is read as one text (inline elements do not
//! break it; blocks, line breaks and the renderer's own words do), the
//! citations are found and resolved across the whole article, and each
//! text event is split where a mention begins or ends. A mention that
//! crosses an element boundary (`<b>Nghị định</b> 15/2020/NĐ-CP`) is
//! highlighted piece by piece, so the author's markup stays as it was.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::RenderOptions;
use super::events::{Event, Tag};
use super::labels::Labels;
use crate::citation::{self, Citation};

/// The events with every mention in the prose highlighted and the list of
/// cited documents appended. `prose` holds the indices of the text events
/// that are the author's prose, in order.
pub(super) fn cite<'a>(
    events: Vec<Event<'a>>,
    prose: &[usize],
    labels: &Labels,
    options: &RenderOptions,
) -> Vec<Event<'a>> {
    let (text, ranges) = prose_text(&events, prose);
    let citations = citation::find_citations(&text);
    if citations.is_empty() {
        return events;
    }
    let documents = Documents::new(&citations, labels, options);
    let mut out = Vec::with_capacity(events.len() + citations.len() * 3 + 32);
    let mut ranges = ranges.into_iter().peekable();
    let mut next_citation = 0;
    let mut links_open = 0;
    for (index, event) in events.into_iter().enumerate() {
        match &event {
            Event::Start(tag) if tag.name() == "a" => links_open += 1,
            Event::End("a") => links_open -= 1,
            _ => {}
        }
        let range = ranges
            .next_if(|(prose_index, _)| *prose_index == index)
            .map(|(_, range)| range);
        match (event, range) {
            (Event::Text(piece), Some(range)) => {
                let mentions = Mentions {
                    citations: &citations,
                    documents: &documents,
                    in_link: links_open > 0,
                    id_prefix: options.id_prefix.as_str(),
                };
                mentions.split(piece, range, &mut next_citation, &mut out);
            }
            (event, _) => out.push(event),
        }
    }
    documents.list(labels, options.id_prefix.as_str(), &mut out);
    out
}

/// The prose as one text, and where each prose event is in it. Text on
/// either side of an inline element is joined; anything else between two
/// prose events (a block boundary, a line break, the renderer's own words)
/// becomes a line break, which no citation crosses.
fn prose_text(events: &[Event], prose: &[usize]) -> (String, Vec<(usize, std::ops::Range<usize>)>) {
    let mut text = String::new();
    let mut ranges = Vec::with_capacity(prose.len());
    let mut prose = prose.iter().copied().peekable();
    let mut apart = false;
    for (index, event) in events.iter().enumerate() {
        if prose.next_if_eq(&index).is_some() {
            if let Event::Text(piece) = event {
                if apart && !text.is_empty() {
                    text.push('\n');
                }
                let start = text.len();
                text.push_str(piece);
                ranges.push((index, start..text.len()));
                apart = false;
            }
            continue;
        }
        apart |= match event {
            Event::Start(tag) => !Tag::is_inline(tag.name()),
            Event::End(name) => !Tag::is_inline(name),
            Event::Text(_) => true,
        };
    }
    (text, ranges)
}

/// Writes the mentions in one text event.
struct Mentions<'c> {
    citations: &'c [Citation],
    documents: &'c Documents,
    in_link: bool,
    id_prefix: &'c str,
}

impl Mentions<'_> {
    /// Splits `piece` (at `range` of the prose text) around the mentions in
    /// it; `next` is the first citation not yet wholly written.
    fn split<'a>(
        &self,
        piece: Cow<'a, str>,
        range: std::ops::Range<usize>,
        next: &mut usize,
        out: &mut Vec<Event<'a>>,
    ) {
        let mut written = range.start;
        while let Some(citation) = self.citations.get(*next) {
            if citation.start >= range.end {
                break;
            }
            let start = citation.start.max(written);
            let end = citation.end.min(range.end);
            if start > written {
                out.push(Event::Text(slice(
                    &piece,
                    written - range.start..start - range.start,
                )));
            }
            let name = self.element(*next);
            out.push(Event::Start(self.tag(*next, citation.start >= range.start)));
            push_keeping_symbols_whole(slice(&piece, start - range.start..end - range.start), out);
            out.push(Event::End(name));
            written = end;
            if citation.end > range.end {
                break;
            }
            *next += 1;
        }
        if written < range.end {
            out.push(Event::Text(slice(
                &piece,
                written - range.start..range.end - range.start,
            )));
        }
    }

    /// A link to the document, or a highlight when it has no link or the
    /// mention is inside the author's own link.
    fn element(&self, index: usize) -> &'static str {
        if self.in_link || self.documents.of(index).link.is_none() {
            "mark"
        } else {
            "a"
        }
    }

    fn tag<'a>(&self, index: usize, first_piece: bool) -> Tag<'a> {
        let citation = &self.citations[index];
        let document = self.documents.of(index);
        let name = self.element(index);
        let mut tag = Tag::with_class(name, "vn-cite").attr("part", "cite");
        if name == "a" {
            tag = tag.url("href", document.link.clone().unwrap_or_default());
        }
        // A mention split by the author's markup is one stop for the
        // keyboard and one description, on its first piece.
        if !first_piece {
            return if name == "a" {
                tag.attr("tabindex", "-1")
            } else {
                tag
            };
        }
        tag = tag.attr("id", mention_id(self.id_prefix, index));
        if name == "mark" && !self.in_link {
            tag = tag.attr("tabindex", "0");
        }
        tag = tag.attr("data-kind", citation.kind.name);
        if let Some(symbol) = &citation.symbol {
            tag = tag.attr("data-symbol", symbol.clone());
        }
        tag.attr("aria-description", self.documents.descriptions[index].clone())
    }
}

/// Writes a mention's or a listed document's text with each document
/// symbol in it (a word with a hyphen or a slash inside: `205-QĐ/TW`,
/// `100/2019/NĐ-CP`) in a `vn-cite__symbol` span, which the stylesheet
/// keeps on one line: browsers break lines after a hyphen, which would
/// leave `Quy định 205-` at the end of one line and `QĐ/TW` at the start
/// of the next. A word longer than a narrow phone's line may still break.
fn push_keeping_symbols_whole<'a>(text: Cow<'a, str>, out: &mut Vec<Event<'a>>) {
    /// The most characters a symbol kept on one line has: a phone's line
    /// holds about 35 of the article's.
    const MAX_WHOLE_CHARS: usize = 30;
    let mut written = 0;
    let mut next_word = 0;
    for word in text.split(char::is_whitespace) {
        let start = next_word;
        // After the word, the one whitespace character that ended it.
        next_word = start
            + word.len()
            + text[start + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let joined = word
            .char_indices()
            .any(|(index, c)| matches!(c, '-' | '/' | '‐') && index > 0 && index + c.len_utf8() < word.len());
        if !joined || word.chars().count() > MAX_WHOLE_CHARS {
            continue;
        }
        if start > written {
            out.push(Event::Text(slice(&text, written..start)));
        }
        out.push(Event::Start(Tag::with_class("span", "vn-cite__symbol")));
        out.push(Event::Text(slice(&text, start..start + word.len())));
        out.push(Event::End("span"));
        written = start + word.len();
    }
    if written < text.len() {
        out.push(Event::Text(slice(&text, written..text.len())));
    }
}

/// The id of mention `index` (counted from 0): `vn-cite-1`.
fn mention_id(prefix: &str, index: usize) -> String {
    format!("{prefix}-cite-{}", index + 1)
}

/// A part of a text event's text, borrowed when the text is.
fn slice<'a>(piece: &Cow<'a, str>, range: std::ops::Range<usize>) -> Cow<'a, str> {
    match piece {
        Cow::Borrowed(text) => Cow::Borrowed(&text[range]),
        Cow::Owned(text) => Cow::Owned(text[range].to_owned()),
    }
}

/// One document the article cites.
struct Document {
    /// `Quy định số 205-QĐ/TW`, `Luật Đất đai năm 2013`.
    label: String,
    /// ` ngày 05/01/2021 của Bộ Tài chính`.
    detail: String,
    link: Option<String>,
    /// The citations that mention it.
    mentions: Vec<usize>,
    /// Whether its symbol is only inferred: no mention writes it.
    inferred: bool,
}

/// The documents, in the order the article first cites them.
struct Documents {
    documents: Vec<Document>,
    /// For each citation, its document.
    of_citation: Vec<usize>,
    /// For each citation, what its popover and screen readers say.
    descriptions: Vec<String>,
}

impl Documents {
    fn new(citations: &[Citation], labels: &Labels, options: &RenderOptions) -> Self {
        let mut documents: Vec<Document> = Vec::new();
        let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
        let mut of_citation = Vec::with_capacity(citations.len());
        for (index, citation) in citations.iter().enumerate() {
            // A resolved mention is listed with the one it resolves to
            // (`Bộ luật Hình sự` under `Bộ luật Hình sự năm 2015`).
            let listed = citation.resolves_to.map_or(citation, |target| &citations[target]);
            // (The name's key is built only for a document without a symbol.)
            let key = match &listed.symbol {
                Some(symbol) => format!("symbol {symbol}"),
                None => match listed.name_key(listed.year) {
                    Some(name) => format!("name {name}"),
                    None => format!(
                        "number {} {:?} {:?}",
                        listed.kind.name,
                        listed.number.as_deref().map(|n| n.trim_start_matches('0')),
                        listed.year
                    ),
                },
            };
            let document = *by_key.entry(key).or_insert_with(|| {
                documents.push(Document {
                    // Named below, from all its mentions.
                    label: String::new(),
                    detail: String::new(),
                    link: link(citation, options),
                    mentions: Vec::new(),
                    inferred: true,
                });
                documents.len() - 1
            });
            documents[document].mentions.push(index);
            documents[document].inferred &= citation.inferred;
            of_citation.push(document);
        }
        // The date and issuer of a document, from whichever mention names
        // them; the issuer's name from its code when none does.
        for document in &mut documents {
            let mentions = || document.mentions.iter().map(|&index| &citations[index]);
            // By its name where a mention gives one (`Luật Đất đai số
            // 31/2024/QH15`, after `Luật số 31/2024/QH15`), as the mention
            // that writes it best does (`Luật Giao thông`, not `luật giao
            // thông`; the first of the best). A loop: the iterator chain
            // that does the same was 737 B more of the wasm module.
            let mut named: Option<(&Citation, _)> = None;
            for citation in mentions() {
                let Some(spelling) = name_spelling(citation) else {
                    continue;
                };
                if named.is_none_or(|(_, best)| spelling > best) {
                    named = Some((citation, spelling));
                }
            }
            if let Some(named) = named.map(|(citation, _)| citation).or_else(|| mentions().next()) {
                document.label = label(named, labels);
            }
            let date = mentions().find_map(|citation| citation.date.as_deref());
            let issuers = mentions()
                .find_map(|citation| Some(vec![citation.issuer.clone()?]))
                .or_else(|| mentions().find_map(Citation::issuer_names_from_code));
            // A law named with the date it was passed needs no year besides
            // (`Luật Tổ chức Chính phủ ngày 19/06/2015`).
            let date_year = date.and_then(|date| date.get(..4)?.parse().ok());
            if let Some(year) = date_year {
                let of_year = labels.of_year(year);
                if let Some(label) = document.label.strip_suffix(of_year.as_str()) {
                    document.label.truncate(label.len());
                }
            }
            // A year the text gives a symbol without one (`Nghị quyết
            // 09-NQ/TW năm 2007`), when no date says more.
            let year = mentions()
                .find_map(|citation| citation.year)
                .filter(|year| !document.label.contains(&year.to_string()));
            let mut detail = match (date, year) {
                (Some(date), _) => labels.dated(date),
                (None, Some(year)) => labels.of_year(year),
                (None, None) => String::new(),
            };
            if let Some(issuers) = issuers {
                detail.push_str(&labels.issued_by(&issuers));
            }
            document.detail = detail;
        }
        let descriptions = citations
            .iter()
            .zip(&of_citation)
            .map(|(citation, &document)| {
                let document = &documents[document];
                let description = format!("{}{}", document.label, document.detail);
                // A short form referring to an inferred symbol is as
                // uncertain as that symbol.
                if citation.inferred {
                    labels.probably(&description)
                } else if citation.resolves_to.is_some() {
                    labels.refers_to(&description)
                } else {
                    description
                }
            })
            .collect();
        Documents {
            documents,
            of_citation,
            descriptions,
        }
    }

    fn of(&self, index: usize) -> &Document {
        &self.documents[self.of_citation[index]]
    }

    /// The list of cited documents, each with links back to its mentions.
    /// Its name is its heading and the article's ("Văn bản được trích dẫn
    /// Hội nghị…"), so the lists of two articles on a page are told apart.
    fn list<'a>(&self, labels: &Labels, id_prefix: &str, out: &mut Vec<Event<'a>>) {
        let heading_id = format!("{id_prefix}-citations");
        out.push(Event::Start(
            Tag::with_class("section", "vn-citations")
                .attr("aria-labelledby", format!("{heading_id} {id_prefix}-title"))
                .attr("part", "citations"),
        ));
        out.push(Event::Start(
            Tag::with_class("h2", "vn-citations__title").attr("id", heading_id),
        ));
        out.push(Event::Text(labels.citations_heading().into()));
        out.push(Event::End("h2"));
        out.push(Event::Start(Tag::with_class("ol", "vn-citations__list")));
        for document in &self.documents {
            out.push(Event::Start(Tag::with_class("li", "vn-citations__item")));
            match &document.link {
                Some(link) => {
                    out.push(Event::Start(
                        Tag::with_class("a", "vn-citations__document").url("href", link.clone()),
                    ));
                    push_keeping_symbols_whole(document.label.clone().into(), out);
                    out.push(Event::End("a"));
                }
                None => {
                    out.push(Event::Start(Tag::with_class("span", "vn-citations__document")));
                    push_keeping_symbols_whole(document.label.clone().into(), out);
                    out.push(Event::End("span"));
                }
            }
            if !document.detail.is_empty() {
                out.push(Event::Text(document.detail.clone().into()));
            }
            if document.inferred {
                out.push(Event::Text(labels.symbol_inferred().into()));
            }
            out.push(Event::Text(" ".into()));
            out.push(Event::Start(Tag::with_class("span", "vn-citations__mentions")));
            out.push(Event::Text(labels.cited_times(document.mentions.len()).into()));
            for (number, &index) in document.mentions.iter().enumerate() {
                out.push(Event::Text(" ".into()));
                out.push(Event::Start(
                    Tag::with_class("a", "vn-citations__back")
                        .url("href", format!("#{}", mention_id(id_prefix, index)))
                        .attr("aria-label", labels.back_to_mention(number + 1)),
                ));
                out.push(Event::Text((number + 1).to_string().into()));
                out.push(Event::End("a"));
            }
            out.push(Event::End("span"));
            out.push(Event::End("li"));
        }
        out.push(Event::End("ol"));
        out.push(Event::End("section"));
        out.push(Event::Text("\n".into()));
    }
}

/// How well a mention writes its document's name, as Vietnamese writes
/// names: better with a capital opening the name after its kind (`Luật
/// Giao thông`, not `Luật giao thông`), then with fewer capitals besides
/// (`Luật Viễn thông`, not `Luật Viễn Thông`); a name all in capitals (a
/// headline's `LUẬT VIỄN THÔNG`) is no better than one in small letters.
/// `None` for a mention without a name.
fn name_spelling(citation: &Citation) -> Option<(bool, Reverse<usize>)> {
    let name = citation.name.as_deref()?;
    let (mut capitals, mut small) = (0, 0);
    for c in name.chars() {
        if c.is_uppercase() {
            capitals += 1;
        } else if c.is_lowercase() {
            small += 1;
        }
    }
    let opens_with_capital = name
        .chars()
        .skip(citation.kind.name.chars().count())
        .find(|c| !c.is_whitespace())
        .is_some_and(char::is_uppercase);
    Some((opens_with_capital && small > 0, Reverse(capitals)))
}

/// How the list names a document: `Quy định số 205-QĐ/TW`, `Luật Đất đai
/// số 31/2024/QH15`, `Luật Đất đai năm 2013`, `Nghị định số 67 (chưa rõ
/// số, ký hiệu đầy đủ)`.
fn label(citation: &Citation, labels: &Labels) -> String {
    if let Some(symbol) = &citation.symbol {
        let named = citation.name.as_deref().unwrap_or(citation.kind.name);
        return labels.document(named, symbol);
    }
    if let Some(name) = &citation.name {
        let mut label = labels.name(name).to_owned();
        if let Some(year) = citation.year.filter(|year| !name.contains(&year.to_string())) {
            label.push_str(&labels.of_year(year));
        }
        return label;
    }
    let mut label = labels.document(citation.kind.name, citation.number.as_deref().unwrap_or_default());
    // Its date, which the detail gives, says the year (`Công văn 2039 ngày
    // 29/5/2017`).
    if let Some(year) = citation.year.filter(|_| citation.date.is_none()) {
        label.push_str(&labels.of_year(year));
    }
    label.push_str(labels.symbol_unknown());
    label
}

/// The characters `encodeURIComponent` leaves as they are.
pub(super) const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// The document's link from the template, when the template has one and
/// the citation knows every value the template asks for.
fn link(citation: &Citation, options: &RenderOptions) -> Option<String> {
    let template = options.link_template.as_deref()?;
    let year = citation.year.map(|year| year.to_string());
    // A document by its symbol, or a law by its name and year: what a
    // search finds it by. A short form with neither is too vague to look
    // up (`Nghị định 67`).
    let document = citation.symbol.clone().or_else(|| {
        let name = citation.name.as_deref()?;
        Some(match &year {
            Some(year) if !name.contains(year.as_str()) => format!("{name} {year}"),
            _ => name.to_owned(),
        })
    });
    let values = [
        ("{document}", document.as_deref()),
        ("{symbol}", citation.symbol.as_deref()),
        ("{kind}", Some(citation.kind.name)),
        ("{number}", citation.number.as_deref()),
        ("{year}", year.as_deref()),
    ];
    let mut url = template.to_owned();
    for (placeholder, value) in values {
        if url.contains(placeholder) {
            let encoded = utf8_percent_encode(value?, URI_COMPONENT).to_string();
            url = url.replace(placeholder, &encoded);
        }
    }
    super::safe_url(&url).map(str::to_owned)
}
