//! Properties of reading scraped text, over generated pages shaped like the
//! seed article: a title, a dateline in one of the spellings newsrooms use,
//! paragraphs, short lines (subheadings, or captions whose image is lost),
//! lists, image and caption line pairs, stray punctuation, separators
//! between parts, a byline, the page's navigation above the title, its
//! sharing tools under it and its links under the article.
//! Every line with words in it reaches the rendered page (as text or as an
//! image's alternative), or a warning names it; every separator sets two
//! parts apart, or a warning names it; the dateline becomes the
//! article's date, in whichever spelling it comes; and the page in
//! decomposed letters reads as the composed one.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/text_content.rs"]
mod text_content;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vn_article::normalize::{NormalizeOptions, article_style, normalize_text};
use vn_article::{Block, RenderOptions, Severity, check, ingest, render};

/// Sentences of news prose: citations, quotes, numbers, a sentence that
/// starts like a dateline or a byline, damaged letters.
const SENTENCES: &[&str] = &[
    "Sáng 7-11, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị trực tuyến.",
    "Hội nghị đã quán triệt Quy định 205-QĐ/TW của Bộ Chính trị.",
    "Quy định 205 của Bộ Chính trị sẽ là bước đột phá.",
    "Phó Bí thư nhấn mạnh: chống \"chạy chức, chạy quyền”, chống tiêu cực…",
    "Giá vàng tăng 1.200 đồng, tương đương 3,5%.",
    "Thứ Năm, ngày 07/11/2019, đoàn công tác đến thăm tỉnh.",
    "Theo Nghị định số 100/2019/NĐ-CP, mức phạt tăng gấp đôi.",
    "Xem thêm tại https://baochinhphu.vn/tin-tuc.htm.",
    "Lê Hương cho biết sẽ tiếp tục theo dõi.",
    "Tòan bộ hồ sơ đã được chuyển đi.",
    "Hoà bình là khát vọng của nhân dân.",
    "Liên hệ: toasoan@baodientu.vn.",
];

/// Lines that set two parts of an article apart.
const SEPARATORS: &[&str] = &["***", "* * *", "---", "-o0o-"];

/// Datelines as scraped pages write them.
const DATELINES: &[&str] = &[
    "Cập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)",
    "Thứ Năm, 07/11/2019 - 16:07",
    "07/11/2019 16:07 GMT+7",
    "Ngày đăng: 07/11/2019",
];

/// A line of the page after the title and dateline.
#[derive(Clone, Debug)]
enum Line {
    Paragraph(Vec<&'static str>),
    /// An image's alternative, then its caption: nearly the same words,
    /// each perhaps ending with the same photo credit.
    Figure(&'static str, Option<&'static str>),
    /// A short line without punctuation: a subheading, or the caption of
    /// an image the scrape lost.
    Short(&'static str),
    /// A line ending with a colon, then lines that open with a bullet (or,
    /// when numbered, with 1, 2…).
    List(Vec<&'static str>, bool),
    Punctuation(&'static str),
    Separator(&'static str),
    Blank,
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(SENTENCES), 1..4).prop_map(Line::Paragraph),
        1 => prop::sample::select(vec![
            "Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy",
            "Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị.",
        ])
        .prop_flat_map(|caption| {
            let credit = prop::option::of(prop::sample::select(vec![
                " - Ảnh: Lê Hương",
                " (Ảnh: TTXVN)",
                " - Ảnh minh họa",
                // On a line of its own, under the caption.
                "\nẢnh: Nhật Bắc",
            ]));
            (Just(caption), credit)
        })
        .prop_map(|(caption, credit)| Line::Figure(caption, credit)),
        1 => prop::sample::select(vec![
            "Triển vọng cho năm 2021",
            "Quang cảnh hội nghị",
            "Bộ trưởng Đào Ngọc Dung",
            "2,5 triệu đồng/quả xoài đỏ",
        ])
        .prop_map(Line::Short),
        1 => (
            prop::collection::vec(prop::sample::select(SENTENCES), 1..4),
            any::<bool>()
        )
            .prop_map(|(items, numbered)| Line::List(items, numbered)),
        1 => prop::sample::select(vec![".", ",", "…", "-"]).prop_map(Line::Punctuation),
        1 => prop::sample::select(SEPARATORS).prop_map(Line::Separator),
        1 => Just(Line::Blank),
    ]
}

/// A scraped page and the lines whose text the reader must get.
fn page() -> impl Strategy<Value = (String, Vec<String>)> {
    let title = prop::sample::select(vec![
        "Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương",
        "Giá vàng hôm nay tăng mạnh",
    ]);
    let dateline = prop::option::of(prop::sample::select(DATELINES));
    let byline = prop::option::of(prop::sample::select(vec![
        "Lê Hương",
        " Nhật Linh",
        "Minh Anh - Quốc Huy",
        "Tin, ảnh: Quốc Đạt (TTXVN)",
        "Lê Hương\nẢnh: Nhật Bắc",
        "ThS. Nguyễn Văn An, Lê Hương - Văn phòng Tỉnh ủy",
        "Lê Hương\nNguồn: Báo Phú Yên",
    ]));
    // The page's navigation above the title and its sharing tools under
    // it: left out when a dateline shows where the title is, and named in
    // a warning.
    let navigation = prop::option::of(prop::sample::select(vec!["Thời sự", "Thời sự\nChính trị"]));
    let tools = prop::option::of(prop::sample::select(vec![
        "Chia sẻ",
        "Chia sẻ\nFacebook\nNghe bài viết",
    ]));
    // The page's links copied under the article: left out, and named in a
    // warning.
    let chrome = prop::option::of(prop::sample::select(vec![
        "Tin liên quan",
        "Tin liên quan\nGiá vàng hôm nay tăng mạnh\nHà Nội mưa lớn kéo dài",
        "Xem thêm:\nGiá vàng hôm nay tăng mạnh\nTừ khóa: giá vàng, hà nội",
    ]));
    (
        (navigation, title, dateline, tools),
        prop::collection::vec(line(), 1..10),
        byline,
        chrome,
    )
        .prop_map(|((navigation, title, dateline, tools), lines, byline, chrome)| {
            let mut text = Vec::new();
            let mut shown = Vec::new();
            for page_lines in [navigation, Some(title)] {
                text.extend(page_lines.map(str::to_owned));
                shown.extend(page_lines.into_iter().flat_map(str::lines).map(str::to_owned));
            }
            text.extend(dateline.map(str::to_owned));
            text.extend(tools.map(str::to_owned));
            shown.extend(tools.into_iter().flat_map(str::lines).map(str::to_owned));
            for line in lines {
                match line {
                    Line::Paragraph(sentences) => {
                        let paragraph = sentences.join(" ");
                        text.push(paragraph.clone());
                        shown.push(paragraph);
                    }
                    Line::Figure(caption, credit) => {
                        // The scrape's alternative differs by a letter or a word.
                        let alternative = caption.replacen("cầu", "cẩu", 1).replacen("Thường trực ", "", 1);
                        let credit = credit.unwrap_or_default();
                        let alternative_credit = if credit.starts_with('\n') { "" } else { credit };
                        text.extend([
                            alternative.clone() + alternative_credit,
                            caption.to_owned() + credit,
                        ]);
                        shown.extend([alternative, caption.to_owned()]);
                        // The credit, without what set it apart from the caption.
                        let credit = credit
                            .trim_start_matches(['\n', ' ', '-', '('])
                            .trim_end_matches(')');
                        shown.extend(Some(credit.to_owned()).filter(|credit| !credit.is_empty()));
                    }
                    Line::Short(line) => {
                        text.push(line.to_owned());
                        shown.push(line.to_owned());
                    }
                    Line::List(items, numbered) => {
                        let intro = "Các bước gồm:";
                        text.push(intro.to_owned());
                        shown.push(intro.to_owned());
                        for (number, item) in items.into_iter().enumerate() {
                            let marker = if numbered {
                                format!("{}.", number + 1)
                            } else {
                                "-".to_owned()
                            };
                            text.push(format!("{marker} {item}"));
                            shown.push(item.to_owned());
                        }
                    }
                    Line::Punctuation(mark) | Line::Separator(mark) => text.push(mark.to_owned()),
                    Line::Blank => text.push(String::new()),
                }
            }
            if let Some(byline) = byline {
                text.extend([String::new(), byline.to_owned()]);
                shown.push(byline.trim().to_owned());
            }
            if let Some(chrome) = chrome {
                text.push(chrome.to_owned());
                shown.extend(chrome.lines().map(str::to_owned));
            }
            (text.join("\n") + "\n", shown)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_line_with_words_reaches_the_page_or_a_warning((text, lines) in page()) {
        let ingested = ingest(&text);
        prop_assert!(ingested.is_ok(), "{:?}\n{}", ingested.err(), text);
        let Ok(ingested) = ingested else { return Ok(()) };
        let article = ingested.article;
        let json = serde_json::to_string(&article).unwrap_or_default();
        let errors: Vec<_> = check(&json).into_iter().filter(|problem| problem.severity() == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{:?}\n{}", errors, text);
        if text.lines().any(|line| DATELINES.contains(&line)) {
            prop_assert!(article.published.is_some() || article.updated.is_some(), "no date from\n{}", text);
        }

        // Each separator between two parts, never at an end nor beside another.
        let separators = text.lines().filter(|line| SEPARATORS.contains(line)).count();
        let warned_separators = ingested
            .warnings
            .iter()
            .filter(|warning| SEPARATORS.iter().any(|mark| warning.to_string().contains(&format!("{mark:?}"))))
            .count();
        let is_separator = |block: &Block| matches!(block, Block::Separator);
        let kept = article.blocks.iter().filter(|block| is_separator(block)).count();
        prop_assert_eq!(kept + warned_separators, separators, "from\n{}", text);
        prop_assert!(
            !article.blocks.first().is_some_and(is_separator)
                && !article.blocks.last().is_some_and(is_separator)
                && !article.blocks.windows(2).any(|pair| pair.iter().all(is_separator)),
            "{:?}\nfrom\n{}",
            article.blocks,
            text
        );

        let options = RenderOptions::default();
        let page = text_content::Page::parse(&render(&article, &options));
        let style = article_style(&article, &options.normalize_options());
        let line_options = NormalizeOptions::new(style, options.typography, options.legacy);
        let warned: Vec<String> = ingested.warnings.iter().map(ToString::to_string).collect();
        for line in &lines {
            let normalized = normalize_text(line, &line_options).text;
            prop_assert!(
                page.shows_line(&normalized)
                    || line.lines().all(|part| {
                        // Warnings quote a whole line as Rust writes a string.
                        let quoted = format!("{part:?}");
                        warned.iter().any(|warning| warning.contains(part) || warning.contains(&quoted))
                    }),
                "line not on the page and not warned of: {:?}\npage: {:?}\nfrom:\n{}",
                normalized,
                page.text,
                text
            );
        }
    }
}

/// Every string of `value` composed (NFC).
fn composed(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(text) => Value::String(text.nfc().collect()),
        Value::Array(items) => Value::Array(items.into_iter().map(composed).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| (key, composed(value)))
                .collect(),
        ),
        other => other,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Some sites and old CMSs send decomposed letters (`cầu` as `c`, `a`,
    /// circumflex, grave, `u`): the same page reads the same.
    #[test]
    fn a_page_in_decomposed_letters_reads_as_the_composed_one((text, _) in page()) {
        let decomposed: String = text.nfd().collect();
        let read = |text: &str| ingest(text).map(|ingested| composed(serde_json::to_value(&ingested.article).unwrap_or_default()));
        prop_assert_eq!(read(&decomposed).ok(), read(&text).ok());
    }
}

/// The names Vietnamese gives the days of the week, Monday first, in the
/// spellings datelines use.
const WEEKDAYS: [&[&str]; 7] = [
    &["Thứ Hai", "Thứ hai", "Thứ 2"],
    &["Thứ Ba", "thứ ba", "Thứ 3"],
    &["Thứ Tư", "Thứ tư", "Thứ 4"],
    &["Thứ Năm", "Thứ năm", "Thứ 5"],
    &["Thứ Sáu", "Thứ sáu", "Thứ 6"],
    &["Thứ Bảy", "Thứ bảy", "Thứ 7"],
    &["Chủ Nhật", "Chủ nhật", "CN"],
];

/// A dateline spelled one of the ways Vietnamese news sites spell them, and
/// the timestamp it stands for.
fn dateline() -> impl Strategy<Value = (String, String)> {
    let day = (2000..2030i32, 1..=12u8, 1..=28u8);
    let clock = prop::option::of((
        0..24u8,
        0..60u8,
        prop::sample::select(vec![":", "h", "g"]),
        // The half of the day: none, `4:07 PM`, `4:07 CH`, `16:07 PM`.
        prop::sample::select(vec![
            None,
            Some(["AM", "PM"]),
            Some(["SA", "CH"]),
            Some(["am", "pm"]),
        ]),
        any::<bool>(), // a twelve-hour clock (or the 24-hour one, half said again)
        any::<bool>(), // the half glued to the clock
    ));
    let spelling = (
        prop::sample::select(vec![
            "",
            "Cập nhật lúc ",
            "Ngày đăng: ",
            "Đăng lúc ",
            "Cập nhật: ",
        ]),
        any::<bool>(),                                       // the weekday named
        0..3usize,                                           // its spelling
        prop::sample::select(vec!["/", "-", "."]),           // the date's separator
        any::<bool>(),                                       // day and month padded
        prop::sample::select(vec![", ", " - ", " | ", " "]), // between the parts
        any::<bool>(),                                       // `ngày` before the date
        any::<bool>(),                                       // the time first
        prop::option::of(prop::sample::select(vec!["(GMT+7)", "GMT+7", "(GMT+07:00)"])),
        any::<bool>(), // decomposed letters
        any::<bool>(), // `07 tháng 11 năm 2019`
    );
    (day, clock, spelling).prop_map(
        |(
            (year, month, day),
            clock,
            (label, named, name, separator, padded, between, ngay, time_first, zone, nfd, long),
        )| {
            let date =
                time::Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap();
            let numbers = if padded {
                format!("{day:02}{separator}{month:02}")
            } else {
                format!("{day}{separator}{month}")
            };
            let mut date_part = if long {
                format!("{day:02} tháng {month} năm {year}")
            } else {
                format!("{numbers}{separator}{year}")
            };
            if ngay {
                date_part = format!("ngày {date_part}");
            }
            let mut parts = vec![date_part];
            if named {
                parts.insert(
                    0,
                    WEEKDAYS[date.weekday().number_days_from_monday() as usize][name].to_owned(),
                );
            }
            let mut expected = format!("{year:04}-{month:02}-{day:02}");
            if let Some((hour, minute, mark, halves, twelve, glued)) = clock {
                let clock = match halves {
                    None => format!("{hour:02}{mark}{minute:02}"),
                    Some([morning, afternoon]) => {
                        let shown = if twelve && hour % 12 == 0 {
                            12
                        } else if twelve {
                            hour % 12
                        } else {
                            hour
                        };
                        let half = if hour < 12 { morning } else { afternoon };
                        let space = if glued { "" } else { " " };
                        format!("{shown}{mark}{minute:02}{space}{half}")
                    }
                };
                if time_first {
                    parts.insert(0, clock)
                } else {
                    parts.push(clock)
                }
                expected = format!("{expected}T{hour:02}:{minute:02}:00+07:00");
                parts.extend(zone.map(str::to_owned));
            }
            let mut line = format!("{label}{}", parts.join(between));
            if nfd {
                line = line.nfd().collect();
            }
            (line, expected)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_dateline_in_any_spelling_dates_the_article((line, expected) in dateline()) {
        let text = format!("Hội nghị tổng kết\n{line}\nHội nghị đã thông qua nghị quyết.\n");
        let ingested = ingest(&text);
        prop_assert!(ingested.is_ok(), "{:?}", ingested.err());
        let Ok(ingested) = ingested else { return Ok(()) };
        let article = ingested.article;
        let at = article.published.or(article.updated).map(|at| at.to_string());
        prop_assert_eq!(at.as_deref(), Some(expected.as_str()), "from {:?}", line);
        prop_assert!(ingested.warnings.is_empty(), "{:?} from {:?}", ingested.warnings, line);
    }
}
