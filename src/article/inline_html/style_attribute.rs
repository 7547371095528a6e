//! The styles of the subset that an element's `style` attribute gives its
//! words: bold, italic, underlined, struck through, raised or lowered, as
//! editors write them when they style words by CSS rather than by tags
//! (TinyMCE's and Word's `<span style="text-decoration: line-through;">`,
//! `<span style="font-weight: bold">`). Every other declaration (colours,
//! fonts, sizes, spacing) is the site's to decide, and is dropped.
//!
//! Read here rather than by a CSS crate: the declarations are read for
//! five properties' keywords, and a CSS parser (`cssparser`,
//! `lightningcss`) would bring a whole grammar into the wasm module for
//! them. The reading follows CSS where a reader could see the difference:
//! declarations in order, the last one of a property winning unless an
//! earlier one is `!important`; a value that is not valid leaves the
//! declaration out; `;` inside quotes, brackets and comments ends nothing.

use crate::article::InlineStyle;

/// A set of the styles a `style` attribute can give.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct StyleSet(u8);

/// The properties read, each setting some of the set's styles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Property {
    /// `font-weight`, and the weight in `font`.
    Weight,
    /// `font-style`, and the style in `font`.
    Slant,
    /// `text-decoration` and `text-decoration-line`.
    Decoration,
    /// `vertical-align`.
    Position,
}

impl Property {
    /// The styles the property decides.
    fn styles(self) -> StyleSet {
        StyleSet(match self {
            Property::Weight => StyleSet::BOLD,
            Property::Slant => StyleSet::ITALIC,
            Property::Decoration => StyleSet::UNDERLINE | StyleSet::STRUCK,
            Property::Position => StyleSet::SUPERSCRIPT | StyleSet::SUBSCRIPT,
        })
    }
}

impl StyleSet {
    const BOLD: u8 = 1;
    const ITALIC: u8 = 2;
    const UNDERLINE: u8 = 4;
    const STRUCK: u8 = 8;
    const SUPERSCRIPT: u8 = 16;
    const SUBSCRIPT: u8 = 32;
    /// The styles that look the same shown twice
    /// ([`InlineStyle::nests_unseen`]): bold, not raised.
    const SHOWN_ONCE: u8 = {
        let (mut bits, mut at) = (0, 0);
        while at < StyleSet::STYLES.len() {
            let (bit, style) = StyleSet::STYLES[at];
            if style.nests_unseen() {
                bits |= bit;
            }
            at += 1;
        }
        bits
    };
    /// Each style with its bit, outermost first when several are shown.
    const STYLES: [(u8, InlineStyle); 6] = [
        (StyleSet::BOLD, InlineStyle::Bold),
        (StyleSet::ITALIC, InlineStyle::Italic),
        (StyleSet::UNDERLINE, InlineStyle::Underline),
        (StyleSet::STRUCK, InlineStyle::Struck),
        (StyleSet::SUPERSCRIPT, InlineStyle::Superscript),
        (StyleSet::SUBSCRIPT, InlineStyle::Subscript),
    ];

    /// The styles the declarations of a `style` attribute give (its value,
    /// character references decoded).
    pub(super) fn from_attribute(declarations: &str) -> StyleSet {
        let mut set = StyleSet::default();
        // The properties an `!important` declaration has decided.
        let mut important = StyleSet::default();
        for declaration in Declarations(declarations) {
            let Some((name, value)) = declaration.split_once(':') else {
                continue;
            };
            let value = value.trim_matches(is_css_space);
            let (value, is_important) = match strip_important(value) {
                Some(value) => (value, true),
                None => (value, false),
            };
            for (property, styles) in read(name.trim_matches(is_css_space), value).into_iter().flatten() {
                let decided = property.styles();
                if important.0 & decided.0 != 0 && !is_important {
                    continue;
                }
                if is_important {
                    important.0 |= decided.0;
                }
                set.0 = set.0 & !decided.0 | styles.0;
            }
        }
        set
    }

    /// The styles of the set that an element of the subset shows, as
    /// browsers and the style sheet draw it: bold for `<b>` and
    /// `<strong>`, italics for `<i>`, `<em>` and `<cite>`, underlined
    /// `<u>` and `<ins>`, struck through `<s>` and `<del>`; none for
    /// `<mark>` or `<small>`.
    pub(super) fn of(style: InlineStyle) -> StyleSet {
        use InlineStyle::*;
        StyleSet(match style {
            Bold | Strong => StyleSet::BOLD,
            Italic | Emphasis | WorkTitle => StyleSet::ITALIC,
            Underline | Inserted => StyleSet::UNDERLINE,
            Struck | Deleted => StyleSet::STRUCK,
            Superscript => StyleSet::SUPERSCRIPT,
            Subscript => StyleSet::SUBSCRIPT,
            Highlight | Small => 0,
        })
    }

    pub(super) fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Both sets' styles.
    pub(super) fn with(self, other: StyleSet) -> StyleSet {
        StyleSet(self.0 | other.0)
    }

    /// The styles of this set that words inside elements showing
    /// `around` do not show already: bold in bold shows nothing more,
    /// where a word raised in a raised word is raised twice.
    pub(super) fn beyond(self, around: StyleSet) -> StyleSet {
        StyleSet(self.0 & !(around.0 & StyleSet::SHOWN_ONCE))
    }

    /// The styles of this set but `other`'s.
    pub(super) fn without(self, other: StyleSet) -> StyleSet {
        StyleSet(self.0 & !other.0)
    }

    /// The set's styles, outermost first.
    pub(super) fn styles(self) -> impl DoubleEndedIterator<Item = InlineStyle> {
        (StyleSet::STYLES.into_iter())
            .filter(move |(bit, _)| self.0 & bit != 0)
            .map(|(_, style)| style)
    }
}

/// What the declaration `name: value` (the value without `!important`)
/// decides: each property it sets (the `font` shorthand sets two), with
/// the styles it gives among that property's. Nothing for another
/// property, or a value that is not valid.
fn read(name: &str, value: &str) -> [Option<(Property, StyleSet)>; 2] {
    let value = value.to_ascii_lowercase();
    let words = || value.split(is_css_space).filter(|word| !word.is_empty());
    let one = |property, bits: Option<u8>| [bits.map(|bits| (property, StyleSet(bits))), None];
    match name.to_ascii_lowercase().as_str() {
        "font-weight" => one(Property::Weight, weight(&value)),
        "font-style" => one(Property::Slant, slant(&value)),
        "text-decoration" | "text-decoration-line" => {
            // The shorthand's colour, style and thickness, and lines the
            // subset has no style for (`overline`), give nothing.
            let lines = words().fold(0, |lines, word| match word {
                "underline" => lines | StyleSet::UNDERLINE,
                "line-through" => lines | StyleSet::STRUCK,
                _ => lines,
            });
            one(Property::Decoration, Some(lines))
        }
        "vertical-align" => {
            let position = match value.as_str() {
                "super" => StyleSet::SUPERSCRIPT,
                "sub" => StyleSet::SUBSCRIPT,
                _ => 0,
            };
            one(Property::Position, Some(position))
        }
        // `font: italic bold 12pt/1.5 "Times New Roman"`: the style and
        // weight before the size; valid with a size (and a family after
        // it), and then normal where it names none.
        "font" => {
            let before_size = || words().take_while(|word| !is_font_size(word));
            if !words().any(is_font_size) {
                return [None, None];
            }
            let bold = before_size().filter_map(weight).fold(0, |all, bold| all | bold);
            let italic = before_size()
                .filter_map(slant)
                .fold(0, |all, italic| all | italic);
            [
                Some((Property::Weight, StyleSet(bold))),
                Some((Property::Slant, StyleSet(italic))),
            ]
        }
        _ => [None, None],
    }
}

/// The bold bit a `font-weight` value gives: bold from 600 up, as fonts
/// draw their bold faces; `None` for a value that is not a weight.
fn weight(value: &str) -> Option<u8> {
    match value {
        "bold" | "bolder" => Some(StyleSet::BOLD),
        "normal" | "lighter" => Some(0),
        number => {
            let weight = number
                .parse::<u16>()
                .ok()
                .filter(|weight| (1..=1000).contains(weight))?;
            Some(if weight >= 600 { StyleSet::BOLD } else { 0 })
        }
    }
}

/// The italic bit a `font-style` value gives (`oblique` with or without
/// its angle); `None` for a value that is not a style.
fn slant(value: &str) -> Option<u8> {
    match value {
        "italic" => Some(StyleSet::ITALIC),
        "normal" => Some(0),
        oblique if oblique.split(is_css_space).next() == Some("oblique") => Some(StyleSet::ITALIC),
        _ => None,
    }
}

/// Whether a word of a `font` shorthand is its size (`12pt`, `1.2em/1.5`,
/// `120%`, `small`), which ends its style and weight.
fn is_font_size(word: &str) -> bool {
    const KEYWORDS: [&str; 10] = [
        "xx-small",
        "x-small",
        "small",
        "medium",
        "large",
        "x-large",
        "xx-large",
        "xxx-large",
        "smaller",
        "larger",
    ];
    let size = word.split('/').next().unwrap_or(word);
    let number_length = size.len()
        - size
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    KEYWORDS.contains(&size) || number_length > 0 && number_length < size.len()
}

/// `value` without a final `!important` (in any case, spaces allowed
/// after the `!`), or `None` when it has none.
fn strip_important(value: &str) -> Option<&str> {
    let (before, after) = value.rsplit_once('!')?;
    after
        .trim_matches(is_css_space)
        .eq_ignore_ascii_case("important")
        .then(|| before.trim_end_matches(is_css_space))
}

fn is_css_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// The declarations of a `style` attribute, split at each `;` outside
/// quotes and brackets, comments taken out.
struct Declarations<'a>(&'a str);

impl Iterator for Declarations<'_> {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.0.is_empty() {
            return None;
        }
        let mut declaration = String::new();
        let mut quote = None;
        let mut brackets = 0usize;
        let mut rest = self.0;
        while let Some(c) = rest.chars().next() {
            if quote.is_none() && rest.starts_with("/*") {
                // A comment is read as nothing; one left open ends the
                // attribute.
                rest = rest[2..].split_once("*/").map_or("", |(_, after)| after);
                continue;
            }
            rest = &rest[c.len_utf8()..];
            match (quote, c) {
                (Some(open), c) if c == open => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '(' | '[' | '{') => brackets += 1,
                (None, ')' | ']' | '}') => brackets = brackets.saturating_sub(1),
                (None, ';') if brackets == 0 => break,
                _ => {}
            }
            declaration.push(c);
        }
        self.0 = rest;
        Some(declaration)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(attribute: &str) -> Vec<InlineStyle> {
        StyleSet::from_attribute(attribute).styles().collect()
    }

    #[test]
    fn the_styles_editors_write_as_css() {
        use InlineStyle::*;
        assert_eq!(styles("font-weight: bold;"), [Bold]);
        assert_eq!(styles("font-weight:700"), [Bold]);
        assert_eq!(styles("FONT-WEIGHT: Bolder"), [Bold]);
        assert_eq!(styles("font-weight: 400"), []);
        assert_eq!(styles("font-style: italic"), [Italic]);
        assert_eq!(styles("font-style: oblique 10deg"), [Italic]);
        assert_eq!(styles("text-decoration: underline;"), [Underline]);
        assert_eq!(styles("text-decoration: line-through"), [Struck]);
        assert_eq!(
            styles("text-decoration-line: underline line-through"),
            [Underline, Struck]
        );
        assert_eq!(styles("text-decoration: underline dotted red"), [Underline]);
        assert_eq!(styles("vertical-align: super; font-size: smaller"), [Superscript]);
        assert_eq!(styles("vertical-align:sub"), [Subscript]);
        assert_eq!(
            styles("font-weight: bold; font-style: italic; text-decoration: underline"),
            [Bold, Italic, Underline]
        );
    }

    #[test]
    fn the_font_shorthand_gives_its_style_and_weight() {
        use InlineStyle::*;
        assert_eq!(
            styles("font: italic bold 12pt/1.5 \"Times New Roman\", serif"),
            [Bold, Italic]
        );
        assert_eq!(styles("font: 700 small Arial"), [Bold]);
        assert_eq!(styles("font-weight: bold; font: 12px Arial"), []);
        // Without a size it is not valid, and changes nothing.
        assert_eq!(styles("font-weight: bold; font: bold"), [Bold]);
    }

    #[test]
    fn the_last_declaration_wins_unless_an_earlier_one_is_important() {
        use InlineStyle::*;
        assert_eq!(styles("font-weight: bold; font-weight: normal"), []);
        assert_eq!(
            styles("font-weight: bold !important; font-weight: normal"),
            [Bold]
        );
        assert_eq!(
            styles("font-weight: bold ! IMPORTANT; font-weight: normal !important"),
            []
        );
        assert_eq!(styles("text-decoration: underline; text-decoration: none"), []);
    }

    #[test]
    fn values_that_are_not_valid_change_nothing() {
        use InlineStyle::*;
        assert_eq!(styles("font-weight: bold; font-weight: heavy"), [Bold]);
        assert_eq!(styles("font-weight: 1200"), []);
        assert_eq!(styles("font-style: italic; font-style: slanted"), [Italic]);
        assert_eq!(styles("font-weight bold"), []);
        assert_eq!(styles("color: red; font-family: Arial"), []);
    }

    #[test]
    fn semicolons_in_quotes_brackets_and_comments_end_nothing() {
        use InlineStyle::*;
        assert_eq!(
            styles("font-family: \"a;font-weight:bold\"; background: url(data:image/png;base64,x)"),
            []
        );
        assert_eq!(styles("/* font-weight: bold; */ font-style: italic"), [Italic]);
        assert_eq!(styles("font-weight: bold; /* left open"), [Bold]);
        assert_eq!(styles("mso-bidi-font-weight:normal;font-weight:bold"), [Bold]);
    }

    #[test]
    fn styles_shown_around_are_not_shown_again() {
        let bold_raised = StyleSet::from_attribute("font-weight: bold; vertical-align: super");
        let around = StyleSet::of(InlineStyle::Bold).with(StyleSet::of(InlineStyle::Superscript));
        assert_eq!(
            bold_raised.beyond(around).styles().collect::<Vec<_>>(),
            [InlineStyle::Superscript]
        );
        let struck = StyleSet::from_attribute("text-decoration: line-through");
        assert!(struck.beyond(StyleSet::of(InlineStyle::Deleted)).is_empty());
        assert!(StyleSet::of(InlineStyle::Highlight).is_empty());
    }
}
