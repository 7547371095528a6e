//! Properties of normalisation over generated text made of what damaged
//! Vietnamese is made of: letters precomposed and decomposed, misplaced
//! marks, eth, spacing accents, quotes, spaces, tabs, invisible characters,
//! digits and punctuation — and the tokens nothing may change (URLs,
//! addresses, numbers, document symbols) set among them; and sentences
//! glued together, with the abbreviations among them that stay glued.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vn_article::normalize::{ChangeKind, Legacy, NormalizeOptions, ToneStyle, normalize_text};

/// Pieces damaged Vietnamese text is made of.
const PIECES: &[&str] = &[
    "hòa",
    "hoà",
    "tòan",
    "qúy",
    "nghịêm",
    "ngừơi",
    "khuyủ",
    "buớc",
    "thủy",
    "thuỷ",
    "Việt",
    "Vie\u{323}\u{302}t",
    "ca\u{341}",
    "hoa\u{2cb}",
    "Ðại",
    "Guðrún",
    "a",
    "e",
    "o",
    "u",
    "y",
    "ư",
    "ơ",
    "\u{301}",
    "\u{323}",
    "\u{309}",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "-",
    "/",
    " ",
    "  ",
    "\t",
    "\n",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{200e}",
    "\u{8}",
    "1.800",
    "3,5%",
    "24/24h",
    "30/2020/NĐ-CP",
    "205-QĐ/TW",
    "https://x.vn/hoà",
    "a@b.vn",
    "ABC",
    "xyz",
    "theo",
    "km",
    "東京",
    "Ñ",
    "µ",
    "¸",
    // Legacy text, in a line of its own or among other words.
    "§éc lËp",
    "H¹nh phóc",
    "chaøo caùc baïn",
    "\n§éc lËp - Tù do - H¹nh phóc\n",
    "\nXin chaøo caùc baïn\n",
    "%",
    "[",
    "]",
    // A scrape's leaked no-break spaces, an ellipsis typed as dots, a
    // degree typed with a letter.
    "&nbsp",
    "&nbsp;",
    "...",
    "oC",
    "0",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat())
}

/// Tokens nothing may change, varied rather than fixed: URLs (with
/// decomposed letters, queries and fragments), e-mail addresses, numbers
/// and document symbols as Vietnamese texts write them.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        "(https?|HTTPS)://[a-z0-9]{1,6}\\.(vn|com\\.vn)(/(hoa\u{300}|ngu\u{31b}o\u{31b}\u{300}i|[a-zA-Z0-9_%-]{1,6})){0,3}(\\?[a-z]=[0-9a-z]{1,3})?(#[a-z]{1,4})?",
        "www\\.[a-z]{1,6}\\.vn(/[a-z0-9-]{1,6}){0,2}",
        "[a-z][a-z0-9]{0,5}(\\.[a-z0-9]{1,4})?@[a-z]{1,6}\\.(vn|gov\\.vn)",
        number(),
        "(COVID|SARS|A|H)-[0-9]{1,2}",
    ]
}

/// Numbers, dates, times and document symbols: tokens that begin with a
/// digit.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,3}([.][0-9]{3}){0,2}(,[0-9]{1,2})?%?",
        "[0-9]{1,2}/[0-9]{1,2}(h|/20[0-9]{2})?",
        "[0-9]{1,2}:[0-9]{2}",
        "[0-9]{1,4}/20[0-9]{2}/(NĐ-CP|QĐ-TTg|TT-BYT|NQ-HĐND|QH1[0-5])",
        "[0-9]{1,3}-(QĐ|HD|NQ|KL|CT)/(TW|BTCTW|TU|ĐU)",
    ]
}

/// A word with a comma or semicolon glued between it and a number, as
/// scrapes glue them (`Đến nay,100%`, `5 huyện;12 xã`, `C’Land,156`): the
/// text, and the same text as typeset.
fn number_glued_after_a_word() -> impl Strategy<Value = (String, String)> {
    let word = prop::sample::select(vec![
        "nay",
        "huyện",
        "oxy",
        "Nam",
        "Electronics",
        "C’Land",
        "UBND",
        "ngày",
        "khoảng",
        "hoà",
        "Huế",
    ]);
    (word, prop::sample::select(vec![",", ";"]), number()).prop_map(|(word, mark, number)| {
        (
            format!("Đến {word}{mark}{number} người."),
            format!("Đến {word}{mark} {number} người."),
        )
    })
}

/// Damaged text around tokens, each token between spaces, inside brackets
/// or quotes or followed by sentence punctuation as prose puts them; the
/// spaces may move or go, the token may not change.
fn text_with_tokens() -> impl Strategy<Value = (String, Vec<String>)> {
    let opening = prop::sample::select(vec!["", "(", "\"", "“"]);
    let closing = prop::sample::select(vec!["", ")", "\"", "”", ",", ".", ";", ":", "…", "!", "?"]);
    prop::collection::vec((text(), opening, token(), closing), 1..6).prop_map(|parts| {
        let mut text = String::new();
        let mut tokens = Vec::new();
        for (around, opening, token, closing) in parts {
            for piece in [&around, " ", opening, &token, closing, " "] {
                text.push_str(piece);
            }
            tokens.push(token);
        }
        (text, tokens)
    })
}

/// A token with an invisible character a scrape left inside it
/// (`19<ZWSP>96`), set in a sentence: the sentence, and the token.
fn token_with_invisible_inside() -> impl Strategy<Value = (String, String)> {
    let invisible = prop::sample::select(vec!["\u{200b}", "\u{feff}", "\u{200e}", "\u{8}", "\0"]);
    let token = token().prop_filter("a token of two characters or more", |token| {
        token.chars().nth(1).is_some()
    });
    (token, invisible, any::<prop::sample::Index>()).prop_map(|(token, invisible, index)| {
        // Inside the token, and not before a combining mark: an invisible
        // character there holds the mark off the letter and stays.
        let places: Vec<usize> = token
            .char_indices()
            .skip(1)
            .filter(|&(_, c)| !unicode_normalization::char::is_combining_mark(c))
            .map(|(at, _)| at)
            .collect();
        let at = places[index.index(places.len())];
        let damaged = format!("{}{invisible}{}", &token[..at], &token[at..]);
        (format!("Xem {damaged} nhé."), token)
    })
}

/// Prose quoting prose, up to three levels deep, written with straight
/// quotes and spaced as prose is: the text, and the same text with each
/// pair as Vietnamese typesetting writes it (“ ” outside, ‘ ’ within).
fn quoting() -> impl Strategy<Value = (String, String)> {
    let word = prop::sample::select(vec![
        "Hội nghị",
        "chạy chức",
        "bước đột phá",
        "ông",
        "nói",
        "1.800",
        "Hà Nội",
    ]);
    let leaf = prop::collection::vec(word, 1..4).prop_map(|words| {
        let text = words.join(" ");
        (text.clone(), text)
    });
    leaf.prop_recursive(3, 24, 4, |inner| {
        let part = prop_oneof![
            inner.clone(),
            (inner, prop::sample::select(vec!["", ",", ".", ":"])).prop_map(|((text, typeset), after)| {
                (
                    format!("\"{text}\"{after}"),
                    format!("\u{1}{typeset}\u{2}{after}"),
                )
            }),
        ];
        prop::collection::vec(part, 1..4).prop_map(|parts| {
            let (texts, typeset): (Vec<String>, Vec<String>) = parts.into_iter().unzip();
            (texts.join(" "), typeset.join(" "))
        })
    })
    .prop_map(|(text, typeset)| {
        // The marks of each pair by its depth.
        let mut depth = 0;
        let typeset = typeset
            .chars()
            .map(|c| match c {
                '\u{1}' => {
                    depth += 1;
                    if depth == 1 { '“' } else { '‘' }
                }
                '\u{2}' => {
                    depth -= 1;
                    if depth == 0 { '”' } else { '’' }
                }
                c => c,
            })
            .collect();
        (text, typeset)
    })
}

/// News sentences glued together as scrapes glue them (`lạnh.Sáng`,
/// `nhau,có`, `là"thỏi socola"và`, `Ấn Độ(Ảnh Getty)`), with
/// abbreviations, domains, numbers and formulas among their words that
/// stay as written (`Tp.HCM`, `TP.Hồ Chí Minh`, `Zing.Vn`, `3,5`,
/// `Ca(OH)2`): the text, and the same text as typeset.
fn glued_sentences() -> impl Strategy<Value = (String, String)> {
    let vietnamese = || {
        prop::sample::select(vec![
            "trời", "lạnh", "người", "dân", "giúp", "nhau", "có", "ông", "bà", "hòa", "khuỷu", "quyết",
            "định", "ngày", "đó", "này", "ra", "gì", "nay",
        ])
    };
    let same = |word: &'static str| (word, word);
    let any_word = prop_oneof![
        vietnamese().prop_map(same),
        prop::sample::select(vec![
            same("Hà Nội"),
            same("Tp.HCM"),
            same("TP.Hồ Chí Minh"),
            same("Zing.Vn"),
            same("Dantri.Com.Vn"),
            same("3,5"),
            same("1.800"),
            same("Mr.Bean"),
            same("Getty"),
            same("Q.Ba Đình"),
            same("mailto:a@b.vn"),
            same("Ca(OH)2"),
            same("bạn(s)"),
            same("khoản 1(a)"),
            same("53,4%"),
            ("53,4 %", "53,4%"),
            ("là\"thỏi socola\"", "là “thỏi socola”"),
            ("\"ông\"và", "“ông” và"),
            ("nói:\"Được\"", "nói: “Được”"),
            ("Độ(Ảnh Getty)", "Độ (Ảnh Getty)"),
            ("A(sinh năm 1970)", "A (sinh năm 1970)"),
            ("(còn nóng)và", "(còn nóng) và"),
            ("Toán(Bắt buộc)có", "Toán (Bắt buộc) có"),
            same("(s)he"),
        ]),
    ];
    let clause = (vietnamese(), prop::collection::vec(any_word, 0..4), vietnamese()).prop_map(
        |(first, middle, last)| {
            let (glued, typeset): (Vec<&str>, Vec<&str>) = [vec![(first, first)], middle, vec![(last, last)]]
                .concat()
                .into_iter()
                .unzip();
            (glued.join(" "), typeset.join(" "))
        },
    );
    let sentence = (
        prop::collection::vec(clause, 1..4),
        // (Not `:`, which stays glued after a lower-case ASCII word.)
        prop::sample::select(vec![",", ";", "…", "..."]),
        prop::sample::select(vec![".", "!", "?"]),
    )
        .prop_map(|(clauses, joiner, end)| {
            let capitalised = |text: String| -> String {
                let mut chars = text.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            };
            let (glued, typeset): (Vec<String>, Vec<String>) = clauses.into_iter().unzip();
            (
                capitalised(glued.join(joiner)) + end,
                capitalised(typeset.join(&format!("{joiner} "))) + end,
            )
        });
    prop::collection::vec(sentence, 1..5).prop_map(|sentences| {
        let (glued, typeset): (Vec<String>, Vec<String>) = sentences.into_iter().unzip();
        (glued.concat(), typeset.join(" "))
    })
}

/// Vietnamese written only with letters Windows-1252 has (`Tôi là ai`),
/// which legacy text read as Windows-1252 is also made of, with
/// punctuation, numbers, the odd foreign word, and lines, each of which is
/// judged on its own too.
fn latin1_vietnamese() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "tôi", "là", "ai", "có", "không", "và", "cá", "mà", "nói", "ông", "bà", "tên", "gì", "vì", "quá",
        "xã", "nào", "sáu", "mùa", "xuân", "Tôi", "Bà", "Ông", "nhà", "cao", "gió", "mây", "sông", "núi",
        "màu", "cây", "tìm", "vào", "ngày", "tháng", "năm", "chào", "Hà", "Huế", "Sài", "Gòn", "Nguyên",
        "café", "Zürich", "1.800", "3,5%", ",", ".", "“", "”", "-", "(", ")", "\n",
    ]);
    prop::collection::vec(words, 1..40).prop_map(|words| words.join(" "))
}

fn options() -> impl Strategy<Value = NormalizeOptions> {
    (
        prop::sample::select(vec![
            ToneStyle::Auto,
            ToneStyle::Traditional,
            ToneStyle::Modern,
            ToneStyle::Keep,
        ]),
        any::<bool>(),
        prop::sample::select(vec![Legacy::Auto, Legacy::Off]),
    )
        .prop_map(|(tone_style, typography, legacy)| NormalizeOptions::new(tone_style, typography, legacy))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn normalising_twice_changes_nothing_more(text in text(), options in options()) {
        let once = normalize_text(&text, &options);
        // A fixed style: `auto` may read a different majority in its own output.
        let twice = normalize_text(&once.text, &options);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert!(twice.changes.is_empty(), "{:?}", twice.changes);
    }

    #[test]
    fn the_changes_rebuild_the_output(text in text(), options in options()) {
        let normalized = normalize_text(&text, &options);
        let mut rebuilt = String::new();
        let mut copied = 0;
        for change in &normalized.changes {
            prop_assert!(change.start >= copied);
            prop_assert_eq!(&text[change.start..change.end], change.before.as_str());
            rebuilt.push_str(&text[copied..change.start]);
            rebuilt.push_str(&change.after);
            copied = change.end;
        }
        rebuilt.push_str(&text[copied..]);
        prop_assert_eq!(rebuilt, normalized.text);
    }

    #[test]
    fn tokens_among_damaged_text_are_kept_as_written(
        (text, tokens) in text_with_tokens(),
        options in options(),
    ) {
        let normalized = normalize_text(&text, &options);
        let mut rest = normalized.text.as_str();
        for token in &tokens {
            let found = rest.find(token.as_str());
            prop_assert!(found.is_some(), "{:?} is missing from {:?}", token, normalized.text);
            rest = &rest[found.unwrap_or_default() + token.len()..];
        }
        let twice = normalize_text(&normalized.text, &options);
        prop_assert_eq!(&twice.text, &normalized.text);
    }

    #[test]
    fn invisible_characters_inside_a_token_go_and_the_token_stays((text, token) in token_with_invisible_inside()) {
        let normalized = normalize_text(&text, &NormalizeOptions::default());
        prop_assert_eq!(normalized.text, format!("Xem {token} nhé."), "from {:?}", text);
    }

    #[test]
    fn quotes_within_quotes_are_paired_as_typeset((text, typeset) in quoting()) {
        let normalized = normalize_text(&text, &NormalizeOptions::default());
        prop_assert_eq!(normalized.text, typeset, "from {:?}", text);
    }

    #[test]
    fn a_number_glued_after_a_word_and_a_comma_gets_its_space((text, typeset) in number_glued_after_a_word()) {
        let normalized = normalize_text(&text, &NormalizeOptions::default());
        prop_assert_eq!(normalized.text, typeset, "from {:?}", text);
    }

    #[test]
    fn glued_sentences_and_phrases_get_their_spaces((text, typeset) in glued_sentences()) {
        let normalized = normalize_text(&text, &NormalizeOptions::default());
        prop_assert_eq!(normalized.text, typeset, "from {:?}", text);
    }

    #[test]
    fn vietnamese_in_windows_1252_letters_is_never_taken_for_a_legacy_encoding(text in latin1_vietnamese()) {
        let normalized = normalize_text(&text, &NormalizeOptions::default());
        prop_assert!(
            normalized.changes.iter().all(|change| change.kind != ChangeKind::Legacy),
            "{:?} → {:?}", text, normalized.text
        );
    }

    #[test]
    fn digits_are_never_changed(text in text(), options in options()) {
        let digits = |text: &str| text.chars().filter(char::is_ascii_digit).collect::<String>();
        let normalized = normalize_text(&text, &options);
        prop_assert_eq!(digits(&text), digits(&normalized.text));
    }
}
