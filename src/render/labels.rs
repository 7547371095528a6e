//! The words the renderer adds around the author's text — date lines and
//! the source line — in Vietnamese, or in English for articles in any other
//! language.

use time::{UtcOffset, Weekday};

use crate::article::{LanguageTag, Timestamp};
use crate::citation::{self, document_kind};
use crate::normalize::to_lower;
use crate::photo_credit::{CREDIT_LABELS, VIDEO_LABELS};
use crate::web_address::Media;

use super::figure::Captioned;

/// The issuers English editions name most, by the names the citation
/// search gives them; the rest keep their Vietnamese names.
const ENGLISH_ISSUERS: &[(&str, &str)] = &[
    ("Trung ương Đảng", "the Party Central Committee"),
    ("Ban Chấp hành Trung ương Đảng", "the Party Central Committee"),
    ("Ban Chấp hành Trung ương", "the Party Central Committee"),
    ("Bộ Chính trị", "the Politburo"),
    ("Ban Bí thư", "the Party Secretariat"),
    ("Chính phủ", "the Government"),
    ("Thủ tướng Chính phủ", "the Prime Minister"),
    ("Thủ tướng", "the Prime Minister"),
    ("Chủ tịch nước", "the State President"),
    ("Quốc hội", "the National Assembly"),
    (
        "Ủy ban Thường vụ Quốc hội",
        "the National Assembly Standing Committee",
    ),
    ("Bộ Tài chính", "the Ministry of Finance"),
    ("Bộ Y tế", "the Ministry of Health"),
    ("Bộ Công an", "the Ministry of Public Security"),
    ("Bộ Quốc phòng", "the Ministry of National Defence"),
    ("Bộ Tư pháp", "the Ministry of Justice"),
    ("Bộ Giáo dục và Đào tạo", "the Ministry of Education and Training"),
    ("Bộ Công Thương", "the Ministry of Industry and Trade"),
    ("Bộ Xây dựng", "the Ministry of Construction"),
    ("Bộ Ngoại giao", "the Ministry of Foreign Affairs"),
    ("Ngân hàng Nhà nước", "the State Bank of Vietnam"),
    ("Tòa án nhân dân tối cao", "the Supreme People's Court"),
    ("Viện kiểm sát nhân dân tối cao", "the Supreme People's Procuracy"),
];

/// The English name of an issuer English editions name most.
fn english_issuer(issuer: &str) -> Option<&'static str> {
    ENGLISH_ISSUERS
        .iter()
        .find_map(|&(vietnamese, english)| (vietnamese == issuer).then_some(english))
}

/// A National Assembly's term, or its Standing Committee's, as English
/// editions name it: `Quốc hội khóa XV` → `the 15th National Assembly`
/// (the name the citation search gives a `QH15` symbol's issuer).
fn english_assembly(issuer: &str) -> Option<String> {
    let (body, term) = issuer
        .split_once(" khóa ")
        .or_else(|| issuer.split_once(" khoá "))?;
    let body = english_issuer(body)?.strip_prefix("the ")?;
    if !body.starts_with("National Assembly") {
        return None;
    }
    let number = citation::assembly_term(term)?;
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    Some(format!("the {number}{suffix} {body}"))
}

/// Vietnam's offset; times in it are shown without a zone, as Vietnamese
/// news sites do, and every other offset is named.
const VIETNAM: i32 = 7 * 3600;

/// Reader-facing words in one language.
pub(crate) struct Labels {
    updated: &'static str,
    /// "Nguồn" before the source's name.
    pub(crate) source: &'static str,
    language: Language,
}

#[derive(Clone, Copy)]
enum Language {
    Vietnamese,
    English,
}

impl Labels {
    pub(crate) fn for_language(lang: &LanguageTag) -> Labels {
        if lang.is_vietnamese() {
            Labels {
                updated: "Cập nhật",
                source: "Nguồn:",
                language: Language::Vietnamese,
            }
        } else {
            Labels {
                updated: "Updated",
                source: "Source:",
                language: Language::English,
            }
        }
    }

    /// "16:07, Thứ Năm, 07/11/2019" (or the English equivalent).
    pub(crate) fn published(&self, at: &Timestamp) -> String {
        self.moment(at)
    }

    /// "Cập nhật 16:07, Thứ Năm, 07/11/2019".
    pub(crate) fn updated(&self, at: &Timestamp) -> String {
        format!("{} {}", self.updated, self.moment(at))
    }

    fn moment(&self, at: &Timestamp) -> String {
        let date = at.date();
        let day = match self.language {
            Language::Vietnamese => format!(
                "{}, {:02}/{:02}/{}",
                vietnamese_weekday(date.weekday()),
                date.day(),
                u8::from(date.month()),
                date.year()
            ),
            Language::English => format!(
                "{}, {} {}, {}",
                date.weekday(),
                date.month(),
                date.day(),
                date.year()
            ),
        };
        match at {
            Timestamp::Day(_) => day,
            Timestamp::At(at) => {
                let clock = format!("{:02}:{:02}", at.hour(), at.minute());
                let zone = zone_suffix(at.offset());
                match self.language {
                    Language::Vietnamese => format!("{clock}{zone}, {day}"),
                    Language::English => format!("{day}, {clock}{zone}"),
                }
            }
        }
    }
}

/// The words around cited documents: their descriptions and the list of
/// them at the end of the article. Symbols and names stay as the text
/// writes them; in English, the kinds and the best-known issuers are
/// named as English editions name them (`Decree No. 168/2024/NĐ-CP,
/// issued by the Government`), other issuers in Vietnamese.
impl Labels {
    /// The heading of the list of cited documents.
    pub(crate) fn citations_heading(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Văn bản được trích dẫn",
            Language::English => "Documents cited",
        }
    }

    /// `Quy định số 205-QĐ/TW`; `kind` may be a law's name (`Luật Đất
    /// đai`), which stays as it is but for a code's (see [`Labels::name`]).
    pub(crate) fn document(&self, kind: &str, symbol: &str) -> String {
        match self.language {
            Language::Vietnamese => format!("{kind} số {symbol}"),
            Language::English => {
                let kind = document_kind::english_name(kind).unwrap_or_else(|| self.name(kind));
                format!("{kind} No. {symbol}")
            }
        }
    }

    /// A named document's name as the article's language names it: in
    /// English, a code or the constitution by its English name (`Bộ luật
    /// Hình sự` → `Criminal Code`); every other name as it is listed.
    pub(crate) fn name<'a>(&self, name: &'a str) -> &'a str {
        match self.language {
            Language::Vietnamese => name,
            Language::English => citation::english_title(name).unwrap_or(name),
        }
    }

    /// ` ngày 05/01/2021` (`, dated January 5, 2021` in English, as the
    /// article's own dates are written), from an ISO date.
    pub(crate) fn dated(&self, iso: &str) -> String {
        let shown = match (iso.get(..4), iso.get(5..7), iso.get(8..10)) {
            (Some(year), Some(month), Some(day)) => {
                let english_month =
                    (month.parse::<u8>().ok()).and_then(|month| time::Month::try_from(month).ok());
                match (self.language, english_month) {
                    (Language::English, Some(month)) => {
                        format!("{month} {}, {year}", day.trim_start_matches('0'))
                    }
                    _ => format!("{day}/{month}/{year}"),
                }
            }
            _ => iso.to_owned(),
        };
        match self.language {
            Language::Vietnamese => format!(" ngày {shown}"),
            Language::English => format!(", dated {shown}"),
        }
    }

    /// ` của Bộ Chính trị`; ` của Bộ Tài chính và Bộ Tư pháp`.
    pub(crate) fn issued_by(&self, issuers: &[String]) -> String {
        let (of, and) = match self.language {
            Language::Vietnamese => (" của ", " và "),
            Language::English => (", issued by ", " and "),
        };
        let mut said = String::from(of);
        for (index, issuer) in issuers.iter().enumerate() {
            said.push_str(match index {
                0 => "",
                _ if index + 1 == issuers.len() => and,
                _ => ", ",
            });
            match self.language {
                Language::Vietnamese => said.push_str(issuer),
                Language::English => match (english_issuer(issuer), english_assembly(issuer)) {
                    (Some(english), _) => said.push_str(english),
                    (None, Some(english)) => said.push_str(&english),
                    (None, None) => said.push_str(issuer),
                },
            }
        }
        said
    }

    /// What a table without a caption is named.
    pub(crate) fn table(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Bảng",
            Language::English => "Table",
        }
    }

    /// What a box of related stories without a title is called.
    pub(crate) fn related(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Tin liên quan",
            Language::English => "Related stories",
        }
    }

    /// ` năm 2013`, after a name without its year.
    pub(crate) fn of_year(&self, year: u16) -> String {
        match self.language {
            Language::Vietnamese => format!(" năm {year}"),
            Language::English => format!(" of {year}"),
        }
    }

    /// Said of a document known only by its number.
    pub(crate) fn symbol_unknown(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => " (chưa rõ số, ký hiệu đầy đủ)",
            Language::English => " (full symbol unknown)",
        }
    }

    /// Said in the list of a document whose symbol no mention writes in
    /// full: it was completed from the kind and the issuer.
    pub(crate) fn symbol_inferred(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => " (ký hiệu suy ra)",
            Language::English => " (symbol inferred)",
        }
    }

    /// What a short form says: the document it refers back to.
    pub(crate) fn refers_to(&self, description: &str) -> String {
        match self.language {
            Language::Vietnamese => format!("Tức {description}"),
            Language::English => format!("That is, {description}"),
        }
    }

    /// What a short form says when its symbol is completed from the text.
    pub(crate) fn probably(&self, description: &str) -> String {
        match self.language {
            Language::Vietnamese => format!("Có lẽ là {description}"),
            Language::English => format!("Probably {description}"),
        }
    }

    /// `Trích dẫn 3 lần:` before the links back to the mentions.
    pub(crate) fn cited_times(&self, count: usize) -> String {
        match (self.language, count) {
            (Language::Vietnamese, _) => format!("Trích dẫn {count} lần:"),
            (Language::English, 1) => "Cited once:".to_owned(),
            (Language::English, _) => format!("Cited {count} times:"),
        }
    }

    /// The accessible name of the link back to mention `number`.
    pub(crate) fn back_to_mention(&self, number: usize) -> String {
        match self.language {
            Language::Vietnamese => format!("Về chỗ trích dẫn thứ {number}"),
            Language::English => format!("Back to mention {number}"),
        }
    }
}

/// The words around figures and embeds.
impl Labels {
    /// Said before a caption to screen readers, which do not see it sit
    /// under its image or its embed.
    pub(crate) fn caption_prefix(&self, of: Captioned) -> &'static str {
        match (self.language, of) {
            (Language::Vietnamese, Captioned::Picture) => "Chú thích ảnh: ",
            (Language::Vietnamese, Captioned::Embed) => "Chú thích: ",
            (Language::English, _) => "Caption: ",
        }
    }

    /// Put before a credit that does not say what it credits.
    pub(crate) fn credit_prefix(&self, of: Captioned) -> &'static str {
        match (self.language, of) {
            (Language::Vietnamese, Captioned::Picture) => "Ảnh: ",
            (Language::Vietnamese, Captioned::Embed) => "Nguồn: ",
            (Language::English, Captioned::Picture) => "Photo: ",
            (Language::English, Captioned::Embed) => "Source: ",
        }
    }

    /// What following an embed's link to a page does: `Xem trên YouTube`.
    pub(crate) fn view_on(&self, site: &str) -> String {
        match self.language {
            Language::Vietnamese => format!("Xem trên {site}"),
            Language::English => format!("View on {site}"),
        }
    }

    /// What following an embed's link to a video or sound file does.
    pub(crate) fn open_file(&self, media: Media) -> &'static str {
        match (self.language, media) {
            (Language::Vietnamese, Media::Video) => "Mở tệp video",
            (Language::Vietnamese, Media::Sound) => "Mở tệp âm thanh",
            (Language::English, Media::Video) => "Open the video file",
            (Language::English, Media::Sound) => "Open the audio file",
        }
    }

    /// What following an embed's link to a page of the same site does.
    pub(crate) fn open(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Mở nội dung",
            Language::English => "Open",
        }
    }

    /// Whether a credit already says what it credits (`Ảnh: TTXVN`, `Hình
    /// vẽ minh hoạ: …`, `Nguồn: …`, `Photo: Reuters`, `Video: VTV`).
    pub(crate) fn names_a_credit(&self, credit: &str) -> bool {
        let lower: String = credit.chars().take(8).map(to_lower).collect();
        (CREDIT_LABELS.iter().chain(VIDEO_LABELS)).any(|word| lower.starts_with(word))
    }

    /// The words that name the link which opens an image at full size,
    /// before the image's text alternative when it has one.
    pub(crate) fn enlarge(&self, before_alt: bool) -> &'static str {
        match (self.language, before_alt) {
            (Language::Vietnamese, true) => "Xem ảnh lớn: ",
            (Language::Vietnamese, false) => "Xem ảnh lớn",
            (Language::English, true) => "View full size: ",
            (Language::English, false) => "View full size",
        }
    }

    /// The control that shows the rest of a long caption.
    pub(crate) fn read_more(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Xem thêm",
            Language::English => "More",
        }
    }

    /// The control that shortens it again.
    pub(crate) fn read_less(&self) -> &'static str {
        match self.language {
            Language::Vietnamese => "Thu gọn",
            Language::English => "Less",
        }
    }
}

/// Weekday names as Vietnamese datelines write them (Thứ Hai … Chủ Nhật).
pub(crate) fn vietnamese_weekday(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Thứ Hai",
        Weekday::Tuesday => "Thứ Ba",
        Weekday::Wednesday => "Thứ Tư",
        Weekday::Thursday => "Thứ Năm",
        Weekday::Friday => "Thứ Sáu",
        Weekday::Saturday => "Thứ Bảy",
        Weekday::Sunday => "Chủ Nhật",
    }
}

/// "" for Vietnam's offset, otherwise " (GMT+9)", " (GMT)", " (GMT-3:30)".
fn zone_suffix(offset: UtcOffset) -> String {
    let seconds = offset.whole_seconds();
    if seconds == VIETNAM {
        return String::new();
    }
    if seconds == 0 {
        return " (GMT)".to_owned();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    if minutes == 0 {
        format!(" (GMT{sign}{hours})")
    } else {
        format!(" (GMT{sign}{hours}:{minutes:02})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(lang: &str) -> Labels {
        Labels::for_language(&LanguageTag::try_from(lang.to_owned()).unwrap())
    }

    #[test]
    fn vietnamese_datelines() {
        let at = Timestamp::parse("2019-11-07T16:07:00+07:00").unwrap();
        assert_eq!(labels("vi").updated(&at), "Cập nhật 16:07, Thứ Năm, 07/11/2019");
        assert_eq!(labels("vi").published(&at), "16:07, Thứ Năm, 07/11/2019");
        let day = Timestamp::parse("2020-10-04").unwrap();
        assert_eq!(labels("vi-VN").published(&day), "Chủ Nhật, 04/10/2020");
        let tokyo = Timestamp::parse("2019-11-07T18:07:00+09:00").unwrap();
        assert_eq!(
            labels("vi").published(&tokyo),
            "18:07 (GMT+9), Thứ Năm, 07/11/2019"
        );
    }

    #[test]
    fn english_datelines() {
        let at = Timestamp::parse("2019-11-07T09:07:00Z").unwrap();
        assert_eq!(
            labels("en").updated(&at),
            "Updated Thursday, November 7, 2019, 09:07 (GMT)"
        );
    }

    #[test]
    fn documents_described_in_english() {
        let english = labels("en");
        assert_eq!(
            english.document("Nghị định", "168/2024/NĐ-CP") + &english.issued_by(&["Chính phủ".to_owned()]),
            "Decree No. 168/2024/NĐ-CP, issued by the Government"
        );
        // A law by its English title; one without a known title, and an
        // issuer English editions seldom name, as the text writes them.
        assert_eq!(
            english.document("Luật Đất đai", "31/2024/QH15"),
            "Law on Land No. 31/2024/QH15"
        );
        assert_eq!(
            english.document("Luật Hòa giải ở cơ sở", "35/2013/QH13")
                + &english.issued_by(&["Tỉnh ủy".to_owned()]),
            "Luật Hòa giải ở cơ sở No. 35/2013/QH13, issued by Tỉnh ủy"
        );
        // Joint issuers, each named as English names it.
        let joint = ["Bộ Tài chính", "Bộ Tư pháp", "Tỉnh ủy"].map(str::to_owned);
        assert_eq!(
            english.issued_by(&joint),
            ", issued by the Ministry of Finance, the Ministry of Justice and Tỉnh ủy"
        );
        assert_eq!(
            labels("vi").issued_by(&joint[..2]),
            " của Bộ Tài chính và Bộ Tư pháp"
        );
        assert_eq!(
            labels("vi").document("Nghị định", "15/2020/NĐ-CP"),
            "Nghị định số 15/2020/NĐ-CP"
        );
    }
}
