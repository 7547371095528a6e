//! The byline: the writers' names at the end of the body (or glued after
//! its last sentence, or under the dateline), and what tells a personal
//! name, a title or rank, a newsroom's signature and a place apart.

use super::credits::{credits_a_writer, glued_credit, glued_media, is_credit, media_credit};
use super::{Line, ends_sentence};
use crate::Error;
use crate::citation::FAMILY_NAMES;
use crate::normalize::lower_case;
use crate::normalize::{letter, nfc};

/// The byline a page puts above the body (`Hoài Thu`, `Ngọc Anh/VOV.VN`,
/// `HẢI ANH`): the first line, when it is the writers' names (see
/// [`personal_names`]) and the body goes on after it. The names are
/// returned, and the line taken out.
pub(super) fn take_byline_above(body: &mut Vec<Line<'_>>) -> Vec<String> {
    match body
        .first()
        .filter(|_| body.len() > 1)
        .and_then(|line| personal_names(line.text))
    {
        Some(names) => {
            body.remove(0);
            names
        }
        None => Vec::new(),
    }
}

/// Takes the byline off the end of the body: the last line, or the one
/// before a closing `Theo …` credit or the editor's notes, when it is
/// nothing but personal names. A credit glued to the names or to the last
/// sentence by the scrape (`Nhật LinhTheo Reuters`, `… 2017. Theo VGP`) is
/// split off and kept as the last line. A photo or video credit under the
/// names (`Lê Hương`, then `Ảnh: Nhật Bắc`) joins the byline. Names glued
/// after that line's last sentence (a body scraped as one line: `… xuất
/// hiện. Nam Phạm`) are the byline too, and the sentences stay. A
/// document's signer (`PHÓ THỦ TƯỚNG`, then the name) and the paper under
/// a credit to its writer (`Theo Hà Trang`, then `Dân Việt`) are no
/// byline.
pub(super) fn take_byline<'a>(body: &mut Vec<Line<'a>>) -> (Vec<String>, Option<Error>) {
    // A document printed whole ends with its signer's title and name
    // (`KT. THỦ TƯỚNG`, `PHÓ THỦ TƯỚNG`, `Trần Hồng Hà`): its signer, not
    // the article's writer.
    if let [.., above, _] = body.as_slice()
        && is_signing_title(above.text)
    {
        return (Vec::new(), None);
    }
    // An editor's note under the byline (`* Mọi ý kiến đóng góp…`, `(*)
    // Giảng viên …`, marked with the asterisk the byline or the text
    // refers to it by) stays the last paragraph: the byline is above it.
    let notes = body
        .iter()
        .rev()
        .take_while(|line| is_editors_note(line.text))
        .count();
    if notes > 0 && body.len() - notes >= 2 {
        let notes = body.split_off(body.len() - notes);
        let byline = take_byline(body);
        body.extend(notes);
        return byline;
    }
    // A credit to another paper's writer (`Theo Hà Trang`, then `Dân
    // Việt`): the last line names the writer's paper, not a writer.
    if let [.., above, _] = body.as_slice()
        && credits_a_writer(above.text)
    {
        return (Vec::new(), None);
    }
    split_off_glued_credit(body);
    if let Some(signed) = take_name_over_office(body) {
        return signed;
    }
    if let Some(credits) = take_credits_by_role(body) {
        return (credits, None);
    }
    let last = body.last().map(|line| line.text);
    let credit_last = last.is_some_and(is_credit);
    let media_last = last.filter(|_| !credit_last).and_then(media_credit);
    let Some(index) = body
        .len()
        .checked_sub(1 + usize::from(credit_last || media_last.is_some()))
    else {
        return (Vec::new(), None);
    };
    let line = body[index];
    // Keep at least one line of body.
    let whole = (index > 0 || credit_last)
        .then(|| byline_line(line, credit_last, media_last.is_some()))
        .flatten();
    let Some(mut byline) = whole.or_else(|| byline_after_sentences(line)) else {
        return (Vec::new(), None);
    };
    if let Some(media) = media_last {
        byline.names.push(media);
        body.pop();
    }
    match byline.kept {
        Some(text) => body[index].text = text,
        None => {
            body.remove(index);
        }
    }
    (byline.names, byline.stray)
}

/// Splits a `Theo …` credit the scrape glued, after a space, to the end
/// of the last line off onto a line of its own, where it stood on the page:
/// after the last sentence (`… từ ngày 10/2/2017. Theo VGP`), or after
/// the byline there (`… tế. Kim Tiền Theo Trí thức trẻ`) or on that line
/// alone (`Lê Hương Theo VnExpress`). Both lines keep the line's number.
fn split_off_glued_credit(body: &mut Vec<Line<'_>>) {
    let Some(&last) = body.last() else { return };
    let Some(at) = last.text.rfind(" Theo ") else {
        return;
    };
    let (before, credit) = (&last.text[..at], &last.text[at + 1..]);
    let signed = || {
        personal_names(before).is_some() || byline_after_sentences(Line { text: before, ..last }).is_some()
    };
    if is_credit(credit) && (ends_sentence(before) || signed()) {
        if let Some(line) = body.last_mut() {
            line.text = before;
        }
        body.push(Line { text: credit, ..last });
    }
}

/// Takes a writer's name signed over their office or agency off the end of
/// the body (`Lê Hương`, then `Văn phòng Tỉnh ủy`; `Luật sư Trần Minh
/// Hùng`, then `Đoàn Luật sư TP.HCM`; `Hiền Hạnh`, then `TTXVN`): the
/// names, the last with its office, as one line writes them (`Lê Hương -
/// Văn phòng Tỉnh ủy`). Without the names above, an office alone is the
/// byline (see [`personal_names`]), and an agency's name alone is not.
fn take_name_over_office(body: &mut Vec<Line<'_>>) -> Option<(Vec<String>, Option<Error>)> {
    /// What the name of a writer's workplace opens with, besides an
    /// office's or a paper's: a law firm's, a school's, a hospital's.
    const WORKPLACES: &[&str] = &[
        "Đoàn Luật sư",
        "Công ty Luật",
        "Văn phòng Luật sư",
        "Trường",
        "Đại học",
        "Học viện",
        "Bệnh viện",
    ];
    let [.., above, last] = body.as_slice() else {
        return None;
    };
    let office = last.text.trim();
    let works_there =
        is_signing_office(office) || is_office_name(office, PAPERS) || is_office_name(office, WORKPLACES);
    let office = if works_there {
        office
    } else {
        agency_signature(office)?
    };
    // `Theo Lê Ngọc`, then `VOV`: a credit to another paper's writer.
    if body.len() < 3 || is_credit(above.text) {
        return None;
    }
    let Byline {
        mut names,
        kept: None,
        stray,
    } = byline_line(*above, false, false)?
    else {
        return None;
    };
    let name = names.last_mut()?;
    *name = format!("{name} - {office}");
    body.truncate(body.len() - 2);
    Some((names, stray))
}

/// The news agency or station that `line` alone signs for, without its
/// brackets (`TTXVN`, `(VOV)`, `VNA`): one word of Latin capitals, perhaps
/// with digits, dots or a slash (`VOV.VN`); never a word of Vietnamese in
/// capitals (`HẾT`).
fn agency_signature(line: &str) -> Option<&str> {
    const LONGEST: usize = 12;
    let word = line
        .strip_prefix('(')
        .and_then(|word| word.strip_suffix(')'))
        .unwrap_or(line);
    let signs = (2..=LONGEST).contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"./+".contains(&b));
    signs.then_some(word)
}

/// Takes the credits a long-form story ends with, one line a role, off the
/// end of the body (`Thực hiện: Đan Anh`, `Ảnh: Tuấn Mark`, `Thiết kế:
/// Phùng Ánh`): two lines or more that each open with the roles of
/// [`byline_role`], one of them more than taking photos, each read as a
/// line holding them all would be (see [`personal_names`]), or kept as
/// typed where its names are no persons' (`Ảnh: Minh Tien Coffee`).
fn take_credits_by_role(body: &mut Vec<Line<'_>>) -> Option<Vec<String>> {
    let credits = body
        .iter()
        .rev()
        .take_while(|line| line.text.chars().count() <= MAX_BYLINE_CHARS && byline_role(line.text).is_some())
        .count();
    let start = body.len() - credits;
    let writes = body[start..]
        .iter()
        .any(|line| byline_role(line.text).is_some_and(|(_, writes)| writes));
    if credits < 2 || start == 0 || !writes {
        return None;
    }
    Some(
        body.drain(start..)
            .flat_map(|line| personal_names(line.text).unwrap_or_else(|| vec![line.text.trim().to_owned()]))
            .collect(),
    )
}

/// A byline read off a line of the body.
struct Byline<'a> {
    /// The names, and the photo or video credit that joins them.
    names: Vec<String>,
    /// What stays of the line: the credit glued after the names, or the
    /// sentences before them; `None` when the line goes.
    kept: Option<&'a str>,
    /// Punctuation typed after the names, which goes.
    stray: Option<Error>,
}

/// `line` read as a byline (see [`take_byline`]): nothing but names, a
/// `Theo …` credit (unless one is below, `credit_below`) or a photo credit
/// (unless one is below, `media_below`) glued after them, and punctuation
/// typed after them.
fn byline_line(line: Line<'_>, credit_below: bool, media_below: bool) -> Option<Byline<'_>> {
    let (names, glued_credit) = match glued_credit(line.text) {
        Some(at) if !credit_below => (&line.text[..at], Some(&line.text[at..])),
        _ => (line.text, None),
    };
    // A photo or video credit the scrape glued to the names (`Hạo
    // MinhẢnh: Đỗ Linh`) joins them, as on a line of its own.
    let (names, glued_media) = match glued_media(names).filter(|_| !media_below) {
        Some(at) => (&names[..at], media_credit(&names[at..])),
        None => (names, None),
    };
    // Punctuation typed after the names (`Lê Hương ,`, `Lê Hương.`, `Hồ
    // Xuân Mai -`) is no part of them: it goes, with a warning.
    let bare = without_stray_end(names);
    let (mut names, stray) = match personal_names(names) {
        Some(names) => (names, None),
        None if bare.len() < names.len() && glued_credit.is_none() => {
            (personal_names(bare)?, Some(&names[bare.len()..]))
        }
        None => return None,
    };
    names.extend(glued_media);
    Some(Byline {
        names,
        kept: glued_credit,
        stray: stray.map(|text| Error::StrayPunctuation {
            line: line.number,
            text: text.trim().to_owned(),
        }),
    })
}

/// `names` without the punctuation typed after them: `,`, `.`, `;`, a
/// dash, the end-of-article mark `./.`, and the spaces among them.
fn without_stray_end(names: &str) -> &str {
    names.trim_end_matches([',', '.', ';', '-', '–', '/', ' '])
}

/// The byline a scrape glued after the last sentence of `text` (`…
/// xuất hiện. Nam Phạm`, `… tháng 6/2017./. Bích Lan/VOV.VN`): the longest
/// end of it, after a space that follows a sentence's end or an aside in
/// brackets, that is personal names (see [`personal_names`]). A full stop
/// after an initial or a degree ends no sentence (`… Imolese. Ch. Tuấn` is
/// not signed `Tuấn`, nor `ThS. Nguyễn Văn An` `Nguyễn Văn An`), and a
/// `Theo …` credit is no byline, as on a line of its own; punctuation
/// typed after the names (`… kết thúc. PV.`, `… Hồ Xuân Mai -`) goes,
/// with a warning, as after names on a line of their own. Only the end is
/// looked at, as far as a byline goes: each place tried asks for the rest
/// of the text.
fn byline_after_sentences(line: Line<'_>) -> Option<Byline<'_>> {
    let text = line.text;
    let ends_sentence_here = |before: &str| {
        let last_word = before.rsplit(' ').next().unwrap_or_default();
        // `M.`, `Ch.`, `ThS.`, `PGS.`: a capital, and no vowel in four
        // letters at most.
        let initial = last_word.strip_suffix('.').is_some_and(|word| {
            word.starts_with(char::is_uppercase)
                && (1..=4).contains(&word.chars().count())
                && word
                    .chars()
                    .all(|c| letter(c).is_some_and(|letter| !letter.is_vowel()))
        });
        // An aside in brackets ends what goes before the byline too (`…
        // (Còn nữa) Thống Nhất`, `… (Ảnh: Reuters) Hà Liên`).
        (ends_sentence(before) && !initial) || before.ends_with(')')
    };
    // A space and as many characters as `personal_names` reads.
    let from = text
        .char_indices()
        .rev()
        .nth(MAX_BYLINE_CHARS)
        .map_or(0, |(at, _)| at);
    text[from..]
        .match_indices(' ')
        .map(|(at, _)| from + at)
        .filter(|&at| ends_sentence_here(&text[..at]) && !is_credit(&text[at + 1..]))
        .find_map(|at| {
            let names = &text[at + 1..];
            let (names, stray) = match personal_names(names) {
                Some(names) => (names, None),
                // (Not an ellipsis: the sentence trails off.)
                None if !names.ends_with("..") && without_stray_end(names) != names => {
                    let bare = without_stray_end(names);
                    let stray = Error::StrayPunctuation {
                        line: line.number,
                        text: names[bare.len()..].trim().to_owned(),
                    };
                    (personal_names(bare)?, Some(stray))
                }
                None => return None,
            };
            Some(Byline {
                names,
                kept: Some(&text[..at]),
                stray,
            })
        })
}

/// The most characters a byline takes (see [`personal_names`]).
const MAX_BYLINE_CHARS: usize = 120;

/// A byline such as `Lê Hương`, `H.Long`, `M. Hà`, `Hương Giang - Trường
/// Thịnh`: one to six names, each of one to five words written as
/// Vietnamese name syllables are (a capital, then small letters) or as
/// initials, and each may end with a short note in brackets, kept with it
/// (`Mi Vân (tổng hợp)`, `Minh Anh (TTXVN)`). A part of the byline may say
/// what its names did (`Tin, ảnh: Quốc Đạt`, `Hoàng Thùy - Ảnh: Nhật
/// Bắc`): such a part is kept whole, as one entry; a line that opens with
/// a photo credit (`Ảnh: Lê Hương`) credits an image, not the article. A
/// name may follow the writer's degree (`ThS. Nguyễn Văn A`), and the
/// office they work for or their post may follow the names (`Lê Hương -
/// Văn phòng Tỉnh ủy`, `Nguyễn Văn A, Phó Chủ tịch UBND huyện`, `Lê Văn
/// Hùng, Ban Tuyên giáo Huyện ủy`), kept with the last. An office may sign in its own name (`Ban Tuyên giáo Tỉnh
/// ủy`). Outlet names (`VietnamNet`, `VietQ.vn`) and sentences are not
/// bylines.
pub(super) fn personal_names(line: &str) -> Option<Vec<String>> {
    const MAX_NAMES: usize = 6;
    if line.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // `Tác giả: Lê Hương`, `Bởi Lê Hương`: the label says only that names
    // follow.
    if let Some((label, names)) = line.split_once(':')
        && matches!(lower_case(label.trim()).as_str(), "tác giả" | "người viết")
    {
        return personal_names(names);
    }
    if let Some(names) = ["Bởi ", "By "]
        .iter()
        .find_map(|by| line.trim_start().strip_prefix(by))
    {
        return personal_names(names);
    }
    // An office that signs the article (`Ban Tuyên giáo Tỉnh ủy`).
    if is_signing_office(line) {
        return Some(vec![line.trim().to_owned()]);
    }
    let mut authors = Vec::new();
    let mut names = 0;
    let mut writes = None;
    // Names set apart by a dash, spaced on both sides or, as a typist may
    // leave it, on one (`Hồng Hải- Trần Thanh`); never a name's own
    // hyphen (`Thị-Mai`).
    for part in outside_brackets(line, " - ")
        .into_iter()
        .flat_map(|part| outside_brackets(part, " – "))
        .flat_map(|part| outside_brackets(part, "- "))
        .flat_map(|part| outside_brackets(part, " -"))
        .flat_map(roles_apart)
    {
        let role = byline_role(part);
        // Where the names before work (`Lê Hương - Văn phòng Tỉnh ủy`), or
        // the agency they sign for (`Hiền Hạnh - TTXVN`).
        if let (None, Some(last)) = (role, authors.last_mut())
            && (is_affiliation(part) || agency_signature(part.trim()).is_some())
        {
            *last = format!("{last} - {}", part.trim());
            continue;
        }
        // Or after them (`LÊ PHAN thực hiện`, `Hà Anh ghi`).
        let role_after = role.is_none().then(|| role_after_names(part)).flatten();
        let listed = match (role, role_after) {
            (Some((at, _)), _) => &part[at..],
            (None, Some(end)) => &part[..end],
            (None, None) => part,
        };
        let kept_whole = role.is_some() || role_after.is_some();
        for listed in names_apart(listed) {
            // The writer's post or office after their name (`Nguyễn Văn A,
            // Phó Chủ tịch UBND huyện`, `Lê Văn Hùng, Ban Tuyên giáo Huyện
            // ủy`), kept with it.
            let post = is_post(listed) || is_signing_office(listed) || is_office_name(listed, PAPERS);
            if let (None, Some(last), true) = (role, authors.last_mut(), post) {
                *last = format!("{last}, {}", listed.trim());
                continue;
            }
            for name in listed.split("; ").flat_map(|name| name.split(" và ")) {
                if !is_personal_name(name) && !is_titled_name(name, false) {
                    return None;
                }
                names += 1;
                if !kept_whole {
                    authors.push(name.trim().to_owned());
                }
            }
        }
        if kept_whole {
            authors.push(part.trim().to_owned());
        }
        // The byline opens with the writers.
        writes.get_or_insert(role.is_none_or(|(_, writes)| writes));
    }
    (writes == Some(true) && names <= MAX_NAMES).then_some(authors)
}

/// `part` of a byline cut before each role that a `; `, a slash, a bar or
/// a middle dot sets apart (`Tin: Hà Phương; Ảnh: Minh Luận`, `Bài: Lê
/// Hương / Ảnh: Minh Anh`, `Quốc Tuấn · Ảnh: Lê Minh`); such a mark
/// between names (`Lê Hương; Minh Anh`) or before an outlet (`Nguyễn
/// An/VOV.VN`) stays.
fn roles_apart(part: &str) -> Vec<&str> {
    ["; ", " / ", " | ", " · ", " • "]
        .iter()
        .fold(vec![part], |parts, separator| {
            parts
                .into_iter()
                .flat_map(|part| cut_where(part, separator, |_, after| byline_role(after).is_some()))
                .collect()
        })
}

/// `listed` cut at each `, ` between names (`Minh Luận, Hà Phương`), not
/// at one after titles alone (`Đại tá, PGS, TS Nguyễn Văn A` is one name).
fn names_apart(listed: &str) -> Vec<&str> {
    cut_where(listed, ", ", |before, _| !is_titles(before))
}

/// `text` cut at each `separator` outside brackets where `cuts` says so,
/// asked with the text since the last cut and the text after the
/// separator (`Như Tâm (theo Reuters, AFP)` is one name and its note).
fn cut_where<'a>(text: &'a str, separator: &str, cuts: impl Fn(&str, &str) -> bool) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(separator) {
        let before = &text[start..at];
        let in_brackets = before.matches('(').count() > before.matches(')').count();
        if !in_brackets && cuts(before, &text[at + separator.len()..]) {
            parts.push(&text[start..at]);
            start = at + separator.len();
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `line` cut at each `separator` that is outside brackets (`Lê Hương
/// (Trung tâm Văn hóa - Thông tin)` is one part).
fn outside_brackets<'a>(line: &'a str, separator: &str) -> Vec<&'a str> {
    let mut depth = 0usize;
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && at >= start && line[at..].starts_with(separator) => {
                parts.push(&line[start..at]);
                start = at + separator.len();
            }
            _ => {}
        }
    }
    parts.push(&line[start..]);
    parts
}

/// The words an office's name opens with, when an office signs an
/// article in its own name (`Ban Tuyên giáo Tỉnh ủy`, `Văn phòng UBND
/// tỉnh`, `Trung tâm Y tế huyện`).
const OFFICES: &[&str] = &[
    "Ban",
    "Văn phòng",
    "Sở",
    "Phòng",
    "Trung tâm",
    "Cổng thông tin",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "Hội",
    "Cục",
    "Tổng cục",
    "Viện",
    "Đảng ủy",
    "Đảng uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Tỉnh đoàn",
    "Công an",
    "Bộ Chỉ huy",
    "Mặt trận",
    "Liên đoàn",
];

/// The posts a writer signs with after their name, lower-case (`Nguyễn
/// Văn A, Phó Chủ tịch UBND huyện`); `phó` ("deputy") may come first.
const POSTS: &[&str] = &[
    "chủ tịch",
    "bí thư",
    "giám đốc",
    "tổng giám đốc",
    "trưởng phòng",
    "trưởng ban",
    "chánh văn phòng",
    "tổng biên tập",
    "hiệu trưởng",
    "viện trưởng",
    "giảng viên",
    "nghiên cứu viên",
    "chuyên viên",
    "phóng viên",
];

/// Whether `text` is a writer's post: one of [`POSTS`] (perhaps after
/// `Phó`, or `Nguyên`, "former"), then where they hold it; ten words at
/// most, nothing but words.
fn is_post(text: &str) -> bool {
    const MAX_WORDS: usize = 10;
    let lower = lower_case(text.trim());
    let post = lower.strip_prefix("nguyên ").unwrap_or(&lower);
    let post = post.strip_prefix("phó ").unwrap_or(post);
    POSTS.iter().any(|known| {
        post.strip_prefix(known)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }) && lower.split_whitespace().count() <= MAX_WORDS
        && lower
            .split_whitespace()
            .all(|word| word.chars().all(char::is_alphanumeric))
}

/// The words a paper's or station's name opens with (`Báo Nhân Dân`).
const PAPERS: &[&str] = &["Báo", "Đài", "Tạp chí"];

/// Whether `line` is the name of an office that signs the article (see
/// [`is_office_name`]). A news agency or paper is a source, not a writer
/// (`TTXVN`, `Theo Báo Phú Yên`: see `is_credit`).
fn is_signing_office(line: &str) -> bool {
    is_office_name(line, OFFICES)
}

/// Whether `text` is the name of an office or body that opens with one of
/// `openings`: the opening, a capitalised word (`Ban Tuyên giáo`, not
/// `Ban hành`; `Sở Y tế`, not `Hội nghị`), then words as an office's name
/// has them, never three small ones in a row (`Ban Tổ chức cho biết` is a
/// sentence), eight words at most.
fn is_office_name(text: &str, openings: &[&str]) -> bool {
    const MAX_WORDS: usize = 8;
    let text = nfc(text.trim());
    let Some(rest) = openings
        .iter()
        .find_map(|opening| text.strip_prefix(opening)?.strip_prefix(' '))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let small = |word: &&str| word.starts_with(char::is_lowercase);
    words.first().is_some_and(|first| !small(first))
        && words.len() < MAX_WORDS
        && !words.windows(3).any(|three| three.iter().all(small))
        // A dot only between letters (`TP.HCM`), never ending a sentence.
        && words.iter().all(|word| {
            word.split('.')
                .all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric))
        })
}

/// Whether `part` of a byline names the office or body its writers work
/// for (`Văn phòng Tỉnh ủy`, `Phó Bí thư Đảng ủy xã`, `Báo Phú Yên`): two to
/// eight words, as an office's name is written (the first capitalised, and
/// at least a third of them: `Học viện Chính trị khu vực III`; not a
/// person's name alone), nothing else.
fn is_affiliation(part: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let part = nfc(part);
    let words: Vec<&str> = part.split_whitespace().collect();
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    (2..=MAX_WORDS).contains(&words.len())
        && capitalised(words[0])
        && 3 * words.iter().filter(|word| capitalised(word)).count() >= words.len()
        && words.iter().all(|word| word.chars().all(char::is_alphanumeric))
        && !is_personal_name(&part)
}

/// Where the names start after the roles that open a part of a byline
/// (`Tin, ảnh: `, `Bài và ảnh: `, `Thực hiện: `), and whether the roles
/// include more than taking photos.
fn byline_role(part: &str) -> Option<(usize, bool)> {
    /// What a byline says its names did, in small letters.
    const ROLES: &[&str] = &[
        "bài",
        "tin",
        "ảnh",
        "video",
        "clip",
        "đồ họa",
        "đồ hoạ",
        "thực hiện",
        "nhóm thực hiện",
        "bài viết",
        "nội dung",
        "thiết kế",
        "trình bày",
        "ghi",
        "phóng viên",
        "nhóm phóng viên",
        "pv",
        "nhóm pv",
        // An English edition's.
        "story",
        "text",
        "reporting",
    ];
    let colon = part.find(':')?;
    let label = lower_case(&part[..colon]);
    let mut roles = label
        .split([',', '-', '/', '&', '+'])
        .flat_map(|role| role.split(" và "));
    let mut writes = false;
    let known = roles.all(|role| {
        let role = role.trim();
        writes |= role != "ảnh";
        ROLES.contains(&role)
    });
    known.then_some((colon + 1, writes))
}

/// Where the role that a part of a byline ends with begins, when the
/// names before it wrote the article (`LÊ PHAN thực hiện`, `Hà Anh ghi`,
/// `Minh Anh lược dịch`): such a part is kept whole, as one that opens
/// with its role.
fn role_after_names(part: &str) -> Option<usize> {
    /// What names did, written after them, in small letters; the longer
    /// of two with the same end first.
    const ROLES_AFTER: &[&str] = &["thực hiện", "ghi", "lược dịch", "biên dịch", "dịch", "tổng hợp"];
    let part = part.trim_end();
    ROLES_AFTER.iter().find_map(|role| {
        let start = part.len().checked_sub(role.len() + 1)?;
        let tail = part.get(start..)?;
        (tail.starts_with(' ') && lower_case(&tail[1..]) == *role).then_some(start)
    })
}

/// Signatures that stand for a newsroom's writers without naming them:
/// a reporter (`PV`, `phóng viên`), a contributor (`CTV`), an editor
/// (`BTV`), the editorial board (`BBT`, `Ban biên tập`), or a group of
/// them.
const GENERIC_SIGNATURES: &[&str] = &[
    "PV",
    "CTV",
    "BTV",
    "BBT",
    "Ban biên tập",
    "Nhóm PV",
    "Nhóm CTV",
    "Phóng viên",
    "Nhóm phóng viên",
];

/// Whether `name` is one person's name, or a newsroom's signature (see
/// [`GENERIC_SIGNATURES`]) perhaps followed by its desk (`Nhóm PV Kinh
/// tế`), each perhaps with a note (see `personal_names`).
fn is_personal_name(name: &str) -> bool {
    let Some(name) = without_note(name) else {
        return false;
    };
    let composed = nfc(name);
    if is_newsroom_signature(&composed) {
        return true;
    }
    if PLACES_NOT_NAMES.contains(&composed.trim()) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // One word in capitals is an agency or a heading (`TTXVN`, `KẾT`), not
    // a person, unless it starts with an initial (`Đ.TÙNG`); nor is a
    // credit in capitals (`THEO AP`).
    let in_capitals = !name.chars().any(char::is_lowercase);
    let has_initial = name.chars().nth(1) == Some('.');
    let person = !in_capitals || ((words.len() > 1 || has_initial) && words[0] != "THEO");
    person && (1..=5).contains(&words.len()) && words.iter().all(|word| is_name_word(word, in_capitals))
}

/// Places written as names are (`Hà Nội`), that no one is named: alone on a
/// line under the story (a related story's place, a section's name), they
/// are not its byline. Places that are also given names (`Hà Giang`, `Hòa
/// Bình`, `Khánh Hòa`) are not listed.
pub(super) const PLACES_NOT_NAMES: &[&str] = &[
    "Hà Nội",
    "TP.HCM",
    "TP. HCM",
    "TP HCM",
    "TP Hồ Chí Minh",
    "TP. Hồ Chí Minh",
    "Thành phố Hồ Chí Minh",
    "Sài Gòn",
    "Đà Nẵng",
    "Cần Thơ",
    "Việt Nam",
];

/// Vietnam's provinces and largest cities, as a page may write one where
/// it was filed beside its dateline (`Hải Phòng - 01/01/2024`), where
/// other pages write the byline; many read as personal names do.
pub(super) const PROVINCES: &[&str] = &[
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hoà Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Khánh Hoà",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thanh Hoá",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
    "Huế",
    "Sài Gòn",
    "Nha Trang",
    "Đà Lạt",
    "Vũng Tàu",
    "Hạ Long",
    "Quy Nhơn",
    "Buôn Ma Thuột",
    "Phú Quốc",
    "Hội An",
];

/// A signature of [`GENERIC_SIGNATURES`], alone or before the name of its
/// desk: a few words, the first capitalised, all of letters (`Nhóm PV
/// Kinh tế`, `PV Thời sự`).
fn is_newsroom_signature(name: &str) -> bool {
    const MAX_DESK_WORDS: usize = 3;
    let name = name.trim();
    GENERIC_SIGNATURES.iter().any(|&signature| {
        name.strip_prefix(signature).is_some_and(|desk| {
            let words: Vec<&str> = desk.split_whitespace().collect();
            desk.is_empty()
                || (desk.starts_with(' ')
                    && words.len() <= MAX_DESK_WORDS
                    && words
                        .first()
                        .is_some_and(|word| word.starts_with(char::is_uppercase))
                    && words.iter().all(|word| word.chars().all(char::is_alphabetic)))
        })
    })
}

/// A name without the note in brackets after it (`Mi Vân (tổng hợp)`,
/// `Ngọc Anh (T/h)`, `Gia Hân (Ảnh Duy Thành)`: a few words, nothing else
/// bracketed) or the agency after a slash outside brackets (`Ngọc
/// Anh/VOV.VN`: one word in capitals, perhaps with its bureau's place
/// after a hyphen, `Văn Tú/VOV-Tây Nguyên`; `Trần Hoa/Báo Nhân Dân`: a
/// paper's or office's name). `None` when the brackets are not such a
/// note.
fn without_note(name: &str) -> Option<&str> {
    const MAX_WORDS: usize = 8;
    const MAX_PLACE_WORDS: usize = 4;
    let slash = name.find('/').filter(|&at| !name[..at].contains('('));
    if let Some((name, agency)) = slash.map(|at| (&name[..at], &name[at + 1..])) {
        let agency = agency.trim();
        let one_word = |word: &str| {
            word.starts_with(char::is_uppercase)
                && !word.contains(char::is_whitespace)
                && !word.contains(['/', '(', ')'])
        };
        let bureau = agency.split_once('-').is_some_and(|(code, place)| {
            let words: Vec<&str> = place.split_whitespace().collect();
            one_word(code)
                && (1..=MAX_PLACE_WORDS).contains(&words.len())
                && words
                    .iter()
                    .all(|word| word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic))
        });
        let agency =
            one_word(agency) || bureau || is_office_name(agency, PAPERS) || is_office_name(agency, OFFICES);
        return agency.then_some(name.trim_end());
    }
    if !name.contains(['(', ')']) {
        return Some(name);
    }
    let (name, note) = name.trim_end().strip_suffix(')')?.split_once(" (")?;
    let words = note.split_whitespace().count();
    ((1..=MAX_WORDS).contains(&words) && !note.contains(['(', ')']) && !name.contains(['(', ')']))
        .then_some(name)
}

/// `Hương`, `H.`, `Ch.`, `H.Long`, `Thị-Mai`: syllables of a capital and
/// small letters (or, in a name printed in `capitals`, of capitals only:
/// `TUYẾT`, `Đ.TÙNG`), or initials (a letter, or the two that begin a
/// syllable together: `Ch`, `Th`, `Ng`…), joined by `.` or `-`; read
/// composed, so that a scrape in decomposed letters names the same people.
/// `H`, `K` or `Y` and an apostrophe may open it, as the Central
/// Highlands' peoples write a name's first sound (`H’Linh`, `K'Nhai`,
/// `Y’Bình`); other such names are foreign (`O'Neill`), and a line of them
/// is no byline of a Vietnamese newsroom.
fn is_name_word(word: &str, capitals: bool) -> bool {
    /// The pairs of letters a syllable may begin with, which write one
    /// sound: an initial of two letters.
    const TWO_LETTER_INITIALS: [&str; 10] = ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"];
    let word = nfc(word);
    let mut chars = word.chars();
    let word = match (chars.next(), chars.next()) {
        (Some('H' | 'K' | 'Y'), Some('\'' | '’')) => chars.as_str(),
        _ => &word,
    };
    let mut parts = word.split(['.', '-']).peekable();
    let mut previous = None;
    while let Some(part) = parts.next() {
        let mut chars = part.chars();
        let syllable = match chars.next() {
            Some(first) if capitals => first.is_uppercase() && chars.all(char::is_uppercase),
            Some(first) => first.is_uppercase() && chars.all(char::is_lowercase),
            // Only an initial's dot may end the word: `H.`, `Ch.`, `T.P.`
            // but not `Hà.`. (An empty part is the last one only when the
            // dot ends the word: the initial is the part before it.)
            None => {
                parts.peek().is_none()
                    && previous.is_some_and(|initial: &str| {
                        initial.chars().count() == 1
                            || TWO_LETTER_INITIALS.contains(&initial.to_ascii_lowercase().as_str())
                    })
            }
        };
        if !syllable {
            return false;
        }
        previous = Some(part);
    }
    previous.is_some()
}

/// Whether `line` names people (see [`personal_names`]). In capitals, a
/// person's name opens with a family name (`NGUYỄN VĂN AN`); other words
/// in capitals are a subheading's (`KẾT QUẢ ĐẠT ĐƯỢC`), whose syllables
/// read as names' too.
pub(super) fn names_someone(line: &str) -> bool {
    let in_capitals = !line.chars().any(char::is_lowercase);
    personal_names(line).is_some()
        && (!in_capitals
            || line
                .split_whitespace()
                .next()
                .is_some_and(|first| FAMILY_NAMES.iter().any(|family| family.to_uppercase() == first)))
}

/// Degrees, professions and ranks a writer signs with before their name
/// (`ThS. Nguyễn Văn A`, `Nhà báo Hữu Thọ`, `Đại tá Trần B`), in small
/// letters.
const DEGREES: &[&str] = &[
    "ts",
    "tskh",
    "ths",
    "gs",
    "pgs",
    "gs.ts",
    "pgs.ts",
    "gs.tskh",
    "bs",
    "bsck",
    "tiến sĩ",
    "thạc sĩ",
    "giáo sư",
    "bác sĩ",
    "luật sư",
    "ls",
    "kỹ sư",
    "ks",
    "kiến trúc sư",
    "kts",
    "nhà báo",
    "nhà văn",
    "nhà thơ",
    "nhà nghiên cứu",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "đại uý",
    "thượng úy",
    "thượng uý",
    "trung úy",
    "trung uý",
    "thiếu úy",
    "thiếu uý",
];

/// Titles and roles a caption puts before a person's name (`Bộ trưởng
/// Đào Ngọc Dung`), in small letters, besides the [`DEGREES`].
const TITLES: &[&str] = &[
    "ông",
    "bà",
    "anh",
    "chị",
    "cô",
    "chú",
    "cụ",
    "bé",
    "em",
    "thầy",
    "cô giáo",
    "thầy giáo",
    "nghệ sĩ",
    "nsnd",
    "nsưt",
    "ca sĩ",
    "nhạc sĩ",
    "họa sĩ",
    "hoạ sĩ",
    "diễn viên",
    "đạo diễn",
    "người mẫu",
    "hoa hậu",
    "á hậu",
    "cầu thủ",
    "thủ môn",
    "hlv",
    "huấn luyện viên",
    "vận động viên",
    "vđv",
    "tỷ phú",
    "doanh nhân",
    "chuyên gia",
    "chủ tịch",
    "bộ trưởng",
    "thứ trưởng",
    "thủ tướng",
    "tổng bí thư",
    "bí thư",
    "tổng thống",
    "ngoại trưởng",
    "đại sứ",
    "giám đốc",
    "tổng giám đốc",
    "hiệu trưởng",
    "chủ nhiệm",
    "viện trưởng",
    "chánh án",
];

/// Whether `name` is a person's name after their titles: [`DEGREES`]
/// (`TS. Phan Quang Anh`; one after another, perhaps with commas: `PGS, TS
/// Nguyễn Văn A`, `Đại tá, PGS.TS Trần B`), or, with `roles`, [`TITLES`]
/// too (`Bộ trưởng Đào Ngọc Dung`). `phó` ("deputy") may come before a
/// title (`Phó Thủ tướng Vũ Đức Đam`).
pub(super) fn is_titled_name(name: &str, roles: bool) -> bool {
    let words: Vec<String> = name.split_whitespace().map(lower_case).collect();
    let end = titles_end(&words, roles);
    end > 0 && is_personal_name(&name.split_whitespace().skip(end).collect::<Vec<_>>().join(" "))
}

/// Whether `line` is an editor's note, marked with an asterisk: `*
/// Mọi ý kiến đóng góp…`, `*Bài viết thể hiện…`, `(*) Giảng viên…`.
fn is_editors_note(line: &str) -> bool {
    let Some(note) = line.strip_prefix("(*)").or_else(|| line.strip_prefix('*')) else {
        return false;
    };
    note.trim_start().starts_with(char::is_uppercase)
}

/// Whether `line` is the title a document's signer signs under, in
/// capitals: an official's (`PHÓ THỦ TƯỚNG`, `CHỦ TỊCH`), or one signing
/// for another (`KT. BỘ TRƯỞNG`, `TM. ỦY BAN NHÂN DÂN`, `TL. CHỦ TỊCH`,
/// `T/M BAN THƯỜNG VỤ`).
fn is_signing_title(line: &str) -> bool {
    const FOR_ANOTHER: &[&str] = &["kt.", "tm.", "tl.", "tuq.", "q.", "t/m", "k/t"];
    let line = nfc(line.trim());
    let in_capitals = line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
    let words: Vec<String> = line.split_whitespace().map(lower_case).collect();
    in_capitals
        && words.first().is_some_and(|first| {
            FOR_ANOTHER.contains(&first.as_str()) || titles_end(&words, true) == words.len()
        })
}

/// Whether `text` is titles alone (`Đại tá`, `PGS, TS`): what a byline puts
/// before a name, cut from it at a comma.
fn is_titles(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(lower_case).collect();
    !words.is_empty() && titles_end(&words, false) == words.len()
}

/// How many of `words` (in small letters) are the titles they open with:
/// see [`is_titled_name`]. The longest title is taken at each step (`cô
/// giáo`, not `cô`).
fn titles_end(words: &[String], roles: bool) -> usize {
    const MAX_TITLE_WORDS: usize = 4;
    let mut at = 0;
    loop {
        let start = at + usize::from(words.get(at).is_some_and(|word| word == "phó"));
        let title_end = (start + 1..=(start + MAX_TITLE_WORDS).min(words.len()))
            .rev()
            .find(|&end| {
                let title = words[start..end].join(" ");
                let title = title.trim_end_matches([',', '.']);
                DEGREES.contains(&title) || (roles && TITLES.contains(&title))
            });
        match title_end {
            Some(end) => at = end,
            None => return at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn bylines() {
        assert_eq!(personal_names("Lê Hương"), Some(vec!["Lê Hương".to_owned()]));
        assert_eq!(personal_names("H.Long"), Some(vec!["H.Long".to_owned()]));
        // Initials of two letters that write one sound; no other word of
        // two letters ends with a dot.
        assert_eq!(personal_names("Ch. Tuấn"), Some(vec!["Ch. Tuấn".to_owned()]));
        assert_eq!(personal_names("NG. HƯƠNG"), Some(vec!["NG. HƯƠNG".to_owned()]));
        assert_eq!(personal_names("An. Tuấn"), None);
        // Initials alone, each with its dot.
        assert_eq!(personal_names("T.P."), Some(vec!["T.P.".to_owned()]));
        assert_eq!(personal_names("Hà."), None);
        assert_eq!(
            personal_names("H’Linh Niê - K'Nhai"),
            Some(vec!["H’Linh Niê".to_owned(), "K'Nhai".to_owned()])
        );
        // A dash spaced on one side only sets names apart too; a name's
        // own hyphen does not.
        for line in ["Hồng Hải- Trần Thanh", "Hồng Hải -Trần Thanh"] {
            assert_eq!(
                personal_names(line),
                Some(vec!["Hồng Hải".to_owned(), "Trần Thanh".to_owned()]),
                "{line}"
            );
        }
        assert_eq!(personal_names("Thị-Mai"), Some(vec!["Thị-Mai".to_owned()]));
        assert_eq!(personal_names("H’ Linh"), None);
        assert_eq!(personal_names("Hà’Linh"), None);
        assert_eq!(personal_names("Brad O'Neill"), None);
        assert_eq!(personal_names("A..Tế"), None);
        assert_eq!(
            personal_names("Lê Hu\u{31b}o\u{31b}ng"),
            Some(vec!["Lê Hu\u{31b}o\u{31b}ng".to_owned()])
        );
        assert_eq!(
            personal_names("Hương Giang - Trường Thịnh"),
            Some(vec!["Hương Giang".to_owned(), "Trường Thịnh".to_owned()])
        );
        // Up to six names; seven are a list, not a byline.
        let six = [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Phạm Thị Dung",
            "Hoàng Văn Em",
            "Vũ Thị Giang",
        ];
        assert_eq!(
            personal_names(&six.join(" - ")),
            Some(six.map(str::to_owned).to_vec())
        );
        assert_eq!(personal_names(&format!("{} - Đỗ Văn Hải", six.join(" - "))), None);
        assert_eq!(
            personal_names("Lan Hương (tổng hợp) - Trường Thịnh"),
            Some(vec!["Lan Hương (tổng hợp)".to_owned(), "Trường Thịnh".to_owned()])
        );
        assert_eq!(
            personal_names("Nguyễn Văn An (TTXVN)"),
            Some(vec!["Nguyễn Văn An (TTXVN)".to_owned()])
        );
        assert_eq!(
            personal_names("TUYẾT MAI - Đ.TÙNG"),
            Some(vec!["TUYẾT MAI".to_owned(), "Đ.TÙNG".to_owned()])
        );
        assert_eq!(
            personal_names("Ngọc Anh/VOV.VN"),
            Some(vec!["Ngọc Anh/VOV.VN".to_owned()])
        );
        assert_eq!(
            personal_names("Ngọc Anh / VOV"),
            Some(vec!["Ngọc Anh / VOV".to_owned()])
        );
        assert_eq!(
            personal_names("Tin, ảnh: Quốc Đạt (TTXVN)"),
            Some(vec!["Tin, ảnh: Quốc Đạt (TTXVN)".to_owned()])
        );
        assert_eq!(
            personal_names("Hoàng Thùy - Ảnh: Nhật Bắc"),
            Some(vec!["Hoàng Thùy".to_owned(), "Ảnh: Nhật Bắc".to_owned()])
        );
        assert_eq!(
            personal_names("Bài và ảnh: Minh Anh, Quốc Huy"),
            Some(vec!["Bài và ảnh: Minh Anh, Quốc Huy".to_owned()])
        );
        assert_eq!(
            personal_names("Tác giả: Lê Hương - Minh Anh"),
            Some(vec!["Lê Hương".to_owned(), "Minh Anh".to_owned()])
        );
        assert_eq!(personal_names("Tác giả: vẫn chưa rõ"), None);
        assert_eq!(
            personal_names("Tin-ảnh: Trọng Đức"),
            Some(vec!["Tin-ảnh: Trọng Đức".to_owned()])
        );
        // A degree before the name, an office after the names.
        for (byline, authors) in [
            ("ThS. Nguyễn Văn An", &["ThS. Nguyễn Văn An"][..]),
            ("PGS.TS Nguyễn Văn Bình", &["PGS.TS Nguyễn Văn Bình"]),
            ("Nhà báo Hữu Thọ", &["Nhà báo Hữu Thọ"]),
            ("Lê Hương - Văn phòng Tỉnh ủy", &["Lê Hương - Văn phòng Tỉnh ủy"]),
            (
                "Minh Anh, Lê Hương - Ban Tuyên giáo Tỉnh ủy",
                &["Minh Anh", "Lê Hương - Ban Tuyên giáo Tỉnh ủy"],
            ),
            (
                "TS. Nguyễn Văn Bình - Học viện Chính trị khu vực III",
                &["TS. Nguyễn Văn Bình - Học viện Chính trị khu vực III"],
            ),
            // A newsroom's signature and its desk or paper.
            ("Nhóm PV Kinh tế", &["Nhóm PV Kinh tế"]),
            ("Bài và ảnh: Nhóm PV Báo QĐND", &["Bài và ảnh: Nhóm PV Báo QĐND"]),
            ("Ngọc Anh (T/h)", &["Ngọc Anh (T/h)"]),
            // The agency a writer signs for.
            ("Minh Anh - TTXVN", &["Minh Anh - TTXVN"]),
            // What the names did, after them.
            ("LÊ PHAN thực hiện", &["LÊ PHAN thực hiện"]),
            ("Minh Anh lược dịch", &["Minh Anh lược dịch"]),
            ("Hồng Hải - Trần Thanh ghi", &["Hồng Hải - Trần Thanh ghi"]),
        ] {
            assert_eq!(personal_names(byline).unwrap_or_default(), authors, "{byline}");
        }
        for not_names in [
            "Hà Nội - Thủ đô nghìn năm văn hiến",
            "Phòng Thông tin - Tư liệu",
            "Văn phòng Tỉnh ủy - Lê Hương",
            "Bộ trưởng Đào Ngọc Dung",
            "Lê Hương - Văn phòng Tỉnh ủy.",
            "(Tổng hợp)",
            "Minh Anh ()",
            "Minh Anh (TTXVN",
            "Minh Anh (a (b))",
            "Minh Anh (theo một bài viết dài hơn sáu chữ của báo)",
            "Phó Bí thư phát biểu.",
            "Theo CNA.",
            "Kết luận",
            "Ảnh: Lê Hương",
            "Đại hội XIII",
            "TTXVN",
            "THEO AP",
            "Ngọc Anh/ban thời sự",
            "Ngọc Anh/VOV/VTV",
            "Ngọc Anh/",
            "TUYẾT mAI",
            "VOV-Moscow",
            "Ảnh: Lê Hương - Nhật Bắc",
            "Kết luận: Lê Hương",
            "Tin, ảnh: A, B, C, D, E",
            "PV Hà Nội đã đến",
            "Nhóm PV Kinh tế và Xã hội của Báo",
            "Chúng tôi thực hiện",
            "thực hiện",
            "Minh Anh - HẾT",
        ] {
            assert_eq!(personal_names(not_names), None, "{not_names}");
        }
    }

    #[test]
    fn a_credit_glued_to_the_byline_is_split_off() {
        let mut body = vec![
            Line {
                number: 5,
                last: 5,
                part: 0,
                text: "Đoạn văn.",
            },
            Line {
                number: 6,
                last: 6,
                part: 0,
                text: "Nhật LinhTheo Reuters",
            },
        ];
        assert_eq!(take_byline(&mut body).0, ["Nhật Linh"]);
        assert_eq!(body.last().unwrap().text, "Theo Reuters");
    }

    #[test]
    fn names_glued_after_the_last_sentence_are_the_byline() {
        for (text, byline, kept) in [
            (
                "Mở cửa đón khách. Nam Phạm",
                &["Nam Phạm"][..],
                "Mở cửa đón khách.",
            ),
            ("tại tỉnh Nghệ An. Việt Hòa", &["Việt Hòa"], "tại tỉnh Nghệ An."),
            (
                "“Đúng thế!”, ông nói. Lê Hương - Văn Bình",
                &["Lê Hương", "Văn Bình"],
                "“Đúng thế!”, ông nói.",
            ),
            // An aside in brackets ends what goes before.
            (
                "hình ảnh hiện trường (Ảnh: Reuters) Hà Liên",
                &["Hà Liên"],
                "hình ảnh hiện trường (Ảnh: Reuters)",
            ),
            // No sentence ends before the names; an initial's full stop
            // ends none.
            ("Mở cửa đón khách Nam Phạm", &[], "Mở cửa đón khách Nam Phạm"),
            (
                "có Tuttocuoio và Imolese. Ch. Tuấn",
                &["Ch. Tuấn"],
                "có Tuttocuoio và Imolese.",
            ),
            ("ThS. Nguyễn Văn An", &[], "ThS. Nguyễn Văn An"),
            (
                "Hội thảo kết thúc. ThS. Nguyễn Văn An",
                &["ThS. Nguyễn Văn An"],
                "Hội thảo kết thúc.",
            ),
            // A place, a sentence: no byline. (A credit is split off: see
            // the test below.)
            ("Khai mạc tại thủ đô. Hà Nội", &[], "Khai mạc tại thủ đô. Hà Nội"),
            ("Giá giảm. Giá tăng.", &[], "Giá giảm. Giá tăng."),
        ] {
            let mut body = body_of(&[text]);
            assert_eq!(take_byline(&mut body).0, byline, "{text}");
            assert_eq!(
                body.iter().map(|line| line.text).collect::<Vec<_>>(),
                [kept],
                "{text}"
            );
        }
        // Under the last line's names, a photo credit joins them.
        let mut body = body_of(&["Mở cửa đón khách. Nam Phạm", "Ảnh: Nhật Bắc"]);
        assert_eq!(take_byline(&mut body).0, ["Nam Phạm", "Ảnh: Nhật Bắc"]);
        assert_eq!(body.len(), 1);
    }

    #[test]
    fn a_photo_credit_under_the_byline_joins_it() {
        let mut body = body_of(&["Đoạn văn.", "Lê Hương", "Ảnh: Nhật Bắc"]);
        assert_eq!(take_byline(&mut body).0, ["Lê Hương", "Ảnh: Nhật Bắc"]);
        assert_eq!(body.len(), 1);
        // Under a sentence it stays where it is.
        let mut body = body_of(&["Đoạn văn.", "Hội nghị kết thúc.", "Ảnh: Nhật Bắc"]);
        assert!(take_byline(&mut body).0.is_empty());
        assert_eq!(body.len(), 3);
        let mut body = body_of(&["Đoạn văn.", "Nguyễn Nguyễn", "Nguồn video: Liveleak"]);
        assert_eq!(
            take_byline(&mut body).0,
            ["Nguyễn Nguyễn", "Nguồn video: Liveleak"]
        );
    }

    #[test]
    fn a_media_credit_glued_to_the_byline_joins_it() {
        for (last, byline) in [
            ("Hạo MinhẢnh: Đỗ Linh", ["Hạo Minh", "Ảnh: Đỗ Linh"]),
            ("T.ThủyVideo: BBC Earth", ["T.Thủy", "Video: BBC Earth"]),
        ] {
            let mut body = body_of(&["Đoạn văn.", last]);
            assert_eq!(take_byline(&mut body).0, byline, "{last}");
            assert_eq!(body.len(), 1);
        }
        let mut body = body_of(&["Đoạn văn.", "Hội nghị kết thúcẢnh: Đỗ Linh"]);
        assert!(take_byline(&mut body).0.is_empty());
    }

    #[test]
    fn the_byline_before_the_paper_it_was_taken_from() {
        for source in ["Nguồn: Báo Phú Yên", "Nguồn Báo Phú Yên", "(Nguồn: baophuyen.vn)"] {
            let mut body = body_of(&["Đoạn văn.", "Lê Hương", source]);
            assert_eq!(take_byline(&mut body).0, ["Lê Hương"], "{source}");
            assert_eq!(body.last().unwrap().text, source);
        }
    }

    #[test]
    fn the_byline_before_a_compiled_from_line() {
        let mut body = body_of(&["Đoạn văn.", "Thành Đạt", "Tổng hợp"]);
        assert_eq!(take_byline(&mut body).0, ["Thành Đạt"]);
        assert_eq!(body.last().unwrap().text, "Tổng hợp");
        let mut body = body_of(&["Đoạn văn.", "T.ThủyTổng hợp"]);
        assert_eq!(take_byline(&mut body).0, ["T.Thủy"]);
        assert_eq!(body.last().unwrap().text, "Tổng hợp");
        // In decomposed letters.
        let compiled = "To\u{302}\u{309}ng ho\u{31b}\u{323}p";
        let glued = format!("T.Thủy{compiled}");
        let mut body = body_of(&["Đoạn văn.", &glued]);
        assert_eq!(take_byline(&mut body).0, ["T.Thủy"]);
        assert_eq!(body.last().unwrap().text, compiled);
        let mut body = body_of(&["Đoạn văn.", "Thành Đạt", compiled]);
        assert_eq!(take_byline(&mut body).0, ["Thành Đạt"]);
    }

    #[test]
    fn the_byline_before_a_bracketed_credit() {
        let mut body = body_of(&["Đoạn văn.", "Lê Hương", "(Theo TTXVN)"]);
        assert_eq!(take_byline(&mut body).0, ["Lê Hương"]);
        assert_eq!(body.last().unwrap().text, "(Theo TTXVN)");
    }

    #[test]
    fn a_document_printed_whole_is_signed_by_its_signer_not_the_writer() {
        for title in [
            "PHÓ THỦ TƯỚNG",
            "KT. BỘ TRƯỞNG",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "T/M BAN THƯỜNG VỤ",
        ] {
            let mut body = body_of(&["Điều 3. Quyết định này có hiệu lực./.", title, "Trần Hồng Hà"]);
            assert_eq!(take_byline(&mut body).0, Vec::<String>::new(), "{title}");
            assert_eq!(body.len(), 3, "{title}");
        }
        // A writer's name in capitals over another is no title.
        for above in ["NAM TRẦN", "Bộ trưởng phát biểu."] {
            let mut body = body_of(&["Đoạn văn.", above, "Lê Hương"]);
            assert!(!is_signing_title(above), "{above}");
            assert_eq!(take_byline(&mut body).0, ["Lê Hương"], "{above}");
        }
    }

    #[test]
    fn a_credit_to_another_paper_s_writer_over_the_paper() {
        let mut body = body_of(&["Đoạn văn.", "Theo Hà Trang", "Dân Việt"]);
        assert!(take_byline(&mut body).0.is_empty());
        assert_eq!(body.len(), 3);
        // A credit to a source over the writer's name.
        let mut body = body_of(&["Đoạn văn.", "Theo Nature.com", "Trường Thịnh"]);
        assert_eq!(take_byline(&mut body).0, ["Trường Thịnh"]);
    }

    #[test]
    fn the_end_of_article_mark_after_names_on_their_own_line_goes() {
        for line in ["Lê Hương./.", "Lê Hương ./.", "Lê Hương - Minh Thuận./."] {
            let mut body = body_of(&["Đoạn văn.", line]);
            let (names, stray) = take_byline(&mut body);
            assert_eq!(names[0], "Lê Hương", "{line}");
            assert!(
                matches!(&stray, Some(Error::StrayPunctuation { line: 2, text }) if text == "./."),
                "{line}: {stray:?}"
            );
            assert_eq!(body.len(), 1, "{line}");
        }
    }

    #[test]
    fn a_full_stop_after_names_glued_after_the_last_sentence_goes() {
        let mut body = body_of(&["Đoạn văn.", "Câu một. Câu hai kết thúc. PV."]);
        let (names, stray) = take_byline(&mut body);
        assert_eq!(names, ["PV"]);
        assert!(matches!(stray, Some(Error::StrayPunctuation { line: 2, .. })));
        assert_eq!(body[1].text, "Câu một. Câu hai kết thúc.");
        let mut body = body_of(&["Đoạn văn.", "Câu một. Câu hai kết thúc... Hồ Xuân Mai -"]);
        assert_eq!(take_byline(&mut body).0, ["Hồ Xuân Mai"]);
        // An ellipsis is no stray full stop; a place is no name.
        for end in ["Lê Hương...", "Hà Nội."] {
            let text = format!("Câu một. Câu hai kết thúc. {end}");
            let mut body = body_of(&["Đoạn văn.", &text]);
            assert!(take_byline(&mut body).0.is_empty(), "{end}");
        }
    }

    #[test]
    fn a_credit_glued_after_the_last_sentence_or_the_byline_is_split_off() {
        for (line, names, kept) in [
            (
                "Câu một. Câu hai từ ngày 10/2/2017. Theo VGP",
                vec![],
                "Câu một. Câu hai từ ngày 10/2/2017.",
            ),
            (
                "Câu một. Câu hai kết thúc. Kim Tiền Theo Trí thức trẻ",
                vec!["Kim Tiền"],
                "Câu một. Câu hai kết thúc.",
            ),
            ("Lê Hương Theo VnExpress", vec!["Lê Hương"], ""),
        ] {
            let mut body = body_of(&["Đoạn văn.", line]);
            assert_eq!(take_byline(&mut body).0, names, "{line}");
            let texts: Vec<&str> = body.iter().map(|line| line.text).collect();
            let credit = &line[line.rfind("Theo").unwrap()..];
            match kept {
                "" => assert_eq!(texts, ["Đoạn văn.", credit], "{line}"),
                kept => assert_eq!(texts, ["Đoạn văn.", kept, credit], "{line}"),
            }
        }
        // `Theo` opening a sentence that goes on is no credit.
        let line = "Câu một. Theo Bộ Tài chính, giá xăng tăng.";
        let mut body = body_of(&["Đoạn văn.", line]);
        take_byline(&mut body);
        assert_eq!(body.last().unwrap().text, line);
    }

    #[test]
    fn the_byline_over_an_editor_s_note() {
        for note in [
            vec!["* Mọi ý kiến đóng góp về giáo dục, độc giả gửi về hộp thư: giaoduc@dantri.com.vn."],
            vec![
                "(*) Giảng viên Trường Đại học Kinh tế Quốc dân",
                "*Bài viết thể hiện quan điểm riêng của tác giả.",
            ],
        ] {
            let mut lines = vec!["Đoạn văn.", "Lê Hương"];
            lines.extend(&note);
            let mut body = body_of(&lines);
            assert_eq!(take_byline(&mut body).0, ["Lê Hương"], "{note:?}");
            assert_eq!(body.iter().map(|line| line.text).collect::<Vec<_>>()[1..], note);
        }
        // A list's last item is no note, and no name is above it.
        let mut body = body_of(&["Đoạn văn:", "* Một", "* Hai"]);
        assert!(take_byline(&mut body).0.is_empty());
        assert_eq!(body.len(), 3);
    }

    #[test]
    fn credits_by_role_each_on_its_line() {
        let mut body = body_of(&[
            "Đoạn văn.",
            "Bài: Lê Xuân Thọ - Trường Thịnh",
            "Ảnh: Minh Tien Coffee",
            "Thiết kế: Phùng Ánh",
        ]);
        assert_eq!(
            take_byline(&mut body).0,
            [
                "Bài: Lê Xuân Thọ",
                "Trường Thịnh",
                "Ảnh: Minh Tien Coffee",
                "Thiết kế: Phùng Ánh"
            ]
        );
        assert_eq!(body.len(), 1);
        // Photos alone; a part's title that opens like a role.
        for lines in [
            ["Ảnh: Tuấn Mark", "Ảnh: Minh Chính"],
            ["Bài 1: Những con số", "Ảnh: Tuấn Mark"],
        ] {
            let mut body = body_of(&["Đoạn văn.", lines[0], lines[1]]);
            take_credits_by_role(&mut body);
            assert_eq!(body.len(), 3, "{lines:?}");
        }
    }

    #[test]
    fn a_name_signed_over_its_office() {
        for (name, office, byline) in [
            ("Lê Hương", "Văn phòng Tỉnh ủy", "Lê Hương - Văn phòng Tỉnh ủy"),
            (
                "Luật sư Trần Minh Hùng",
                "Đoàn Luật sư TP.HCM",
                "Luật sư Trần Minh Hùng - Đoàn Luật sư TP.HCM",
            ),
            (
                "ThS. Nguyễn Lan",
                "Trường Đại học Y Hà Nội",
                "ThS. Nguyễn Lan - Trường Đại học Y Hà Nội",
            ),
            ("Hiền Hạnh", "TTXVN", "Hiền Hạnh - TTXVN"),
            ("Hiền Hạnh", "(VOV)", "Hiền Hạnh - VOV"),
        ] {
            let mut body = body_of(&["Đoạn văn.", name, office]);
            assert_eq!(take_byline(&mut body).0, [byline]);
            assert_eq!(body.len(), 1);
        }
        // An office alone signs; a sentence above it is no name.
        let mut body = body_of(&["Đoạn văn.", "Ban Tuyên giáo Tỉnh ủy"]);
        assert_eq!(take_byline(&mut body).0, ["Ban Tuyên giáo Tỉnh ủy"]);
        let mut body = body_of(&["Đoạn văn.", "Hội nghị kết thúc lúc 11 giờ.", "Văn phòng Tỉnh ủy"]);
        assert_eq!(take_byline(&mut body).0, ["Văn phòng Tỉnh ủy"]);
        assert_eq!(body.len(), 2);
        // A credit to another paper's writer, a word in capitals: no byline.
        for (above, last) in [("Theo Lê Ngọc", "VOV"), ("Hiền Hạnh", "HẾT")] {
            let mut body = body_of(&["Đoạn văn.", above, last]);
            assert_eq!(take_byline(&mut body).0, Vec::<String>::new(), "{above}, {last}");
            assert_eq!(body.len(), 3);
        }
        // An office's name ends before a sentence's full stop.
        assert!(!is_signing_office("Sở Y tế TP.HCM."));
    }
}
