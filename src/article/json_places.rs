//! JSON paths (`blocks[3].image.alt`), and where they are in the text they
//! were read from: the line and column a problem reports beside its path.
//!
//! [`serde_json::Value`] keeps no positions, and a reader that kept them
//! for every value would cost every article what only an article with
//! problems needs. So once the problems are known, the text is read again
//! along their paths only, every other value passed over by counting its
//! brackets: one reading for all of them.

use std::borrow::Cow;

use serde_json::Value;

use super::limits::lines_and_columns;
use crate::Error;

/// The path of field `key` of the object at `parent` (`blocks[3].image`
/// and `alt`; a top-level field is its key alone).
pub(super) fn field_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// The path of item `index` of the array at `parent` (`blocks[3]`).
pub(super) fn item_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Records in each of `problems` that has a JSON path the line and column
/// where its place is in `json`, the text the problems were read from.
pub(super) fn locate(json: &str, problems: &mut [Error]) {
    let paths: Vec<&str> = problems
        .iter()
        .filter_map(|problem| Some(problem.json_path()?.path.as_str()))
        .collect();
    if paths.is_empty() {
        return;
    }
    // Text the JSON reader read is read to its end: if it were not, no
    // place is given rather than a wrong one.
    let Some(places) = places(json, &paths) else {
        return;
    };
    for (path, place) in problems.iter_mut().filter_map(Error::json_path_mut).zip(places) {
        path.at = Some(place);
    }
}

/// The line and column in `json` (text `serde_json` has read) of each of
/// `paths`: of a field's name, of an array's item; for a path the text does
/// not have (a field that is missing, a number in a `srcset` string), of
/// the nearest value that holds it. `None` if the text is not JSON.
fn places(json: &str, paths: &[&str]) -> Option<Vec<(usize, usize)>> {
    // Every path that leads to one of `paths`, and those themselves. A
    // hundred problems at most: a list is as quick as a set here.
    let mut wanted = Vec::new();
    for &path in paths {
        wanted.extend(leading_to(path));
        wanted.push(path);
    }
    let mut reader = Reader {
        json,
        at: 0,
        wanted,
        found: Vec::new(),
    };
    reader.value("")?;
    // Found in the order of the text, the whole text first: their lines
    // and columns are counted in one pass.
    let found = reader.found;
    let lines: Vec<(usize, usize)> = lines_and_columns(json, found.iter().map(|(_, at)| *at)).collect();
    let mut places = Vec::with_capacity(paths.len());
    for &path in paths {
        // The path itself, else the nearest of the paths leading to it,
        // else the whole text; of a name given twice, the last, as the
        // JSON reader keeps it.
        let mut place = lines.first().copied();
        for path in leading_to(path).chain([path]) {
            if let Some(index) = found.iter().rposition(|(found, _)| found == path) {
                place = lines.get(index).copied();
            }
        }
        places.push(place?);
    }
    Some(places)
}

/// The paths that lead to `path`, outermost first: `blocks`, `blocks[3]`,
/// `blocks[3].image` for `blocks[3].image.alt`.
fn leading_to(path: &str) -> impl Iterator<Item = &str> {
    path.bytes()
        .enumerate()
        .filter(|(_, byte)| matches!(byte, b'.' | b'['))
        .map(|(at, _)| &path[..at])
}

/// A reading of JSON text along the paths `wanted`.
struct Reader<'a> {
    json: &'a str,
    /// The byte the reader is at.
    at: usize,
    wanted: Vec<&'a str>,
    /// Each path of `wanted` met so far (the whole text as `""`), and the
    /// byte it begins at: in the order of the text.
    found: Vec<(String, usize)>,
}

impl<'a> Reader<'a> {
    /// Reads the value at `path`, which begins after spaces at `self.at`;
    /// its fields and items only if a wanted path goes through them. Text
    /// that is not JSON ends the reading where it is met.
    fn value(&mut self, path: &str) -> Option<()> {
        self.skip_spaces();
        if path.is_empty() {
            self.found.push((String::new(), self.at));
        }
        match self.byte()? {
            b'{' => {
                self.at += 1;
                while self.next_in(b'}')? {
                    let key_at = self.at;
                    let key = self.string()?;
                    self.skip_spaces();
                    (self.byte()? == b':').then_some(())?;
                    self.at += 1;
                    self.member(field_path(path, &key), key_at)?;
                }
            }
            b'[' => {
                self.at += 1;
                let mut index = 0;
                while self.next_in(b']')? {
                    self.member(item_path(path, index), self.at)?;
                    index += 1;
                }
            }
            _ => self.skip_value()?,
        }
        Some(())
    }

    /// Reads a field's value or an array's item, whose place is `at`.
    fn member(&mut self, path: String, at: usize) -> Option<()> {
        if self.wanted.contains(&path.as_str()) {
            self.found.push((path.clone(), at));
            self.value(&path)
        } else {
            self.skip_value()
        }
    }

    /// Past spaces and a comma, whether another member follows before the
    /// container's `close`; past `close` if none does.
    fn next_in(&mut self, close: u8) -> Option<bool> {
        self.skip_spaces();
        if self.byte()? == b',' {
            self.at += 1;
            self.skip_spaces();
        }
        if self.byte()? == close {
            self.at += 1;
            return Some(false);
        }
        Some(true)
    }

    /// Passes over one value: a string, a container with everything in it
    /// (counting brackets, not nesting calls: a deep value costs no
    /// stack), or a number or word.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_spaces();
        match self.byte()? {
            b'"' => self.skip_string()?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.byte()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => depth -= 1,
                        _ => {}
                    }
                    self.at += 1;
                    if depth == 0 {
                        break;
                    }
                }
            }
            _ => {
                let rest = &self.json.as_bytes()[self.at..];
                self.at += rest
                    .iter()
                    .position(|byte| matches!(byte, b',' | b']' | b'}') || byte.is_ascii_whitespace())
                    .unwrap_or(rest.len());
            }
        }
        Some(())
    }

    /// The string at `self.at`, unescaped, and past it. A name the JSON
    /// reader did not keep as written (half a character escaped alone) is
    /// left escaped: no path names it.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.at;
        self.skip_string()?;
        let json = self.json;
        let quoted = &json[start..self.at];
        let raw = &quoted[1..quoted.len() - 1];
        Some(match raw.contains('\\') {
            // As a `Value`, which the article was read as: the module
            // holds no other reader of strings.
            true => match serde_json::from_str(quoted) {
                Ok(Value::String(name)) => Cow::Owned(name),
                _ => Cow::Borrowed(raw),
            },
            false => Cow::Borrowed(raw),
        })
    }

    /// Past the string that opens at `self.at`.
    fn skip_string(&mut self) -> Option<()> {
        (self.byte()? == b'"').then_some(())?;
        let bytes = self.json.as_bytes();
        let mut at = self.at + 1;
        loop {
            at += memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
            if bytes[at] == b'"' {
                self.at = at + 1;
                return Some(());
            }
            at += 2; // the backslash and the byte it escapes
        }
    }

    fn skip_spaces(&mut self) {
        let rest = &self.json.as_bytes()[self.at.min(self.json.len())..];
        self.at += rest
            .iter()
            .position(|byte| !byte.is_ascii_whitespace())
            .unwrap_or(rest.len());
    }

    fn byte(&self) -> Option<u8> {
        self.json.as_bytes().get(self.at).copied()
    }
}

#[cfg(test)]
mod tests {
    /// The line and column of each of `paths` in `json`, as `line:column`.
    fn places(json: &str, paths: &[&str]) -> Vec<String> {
        super::places(json, paths)
            .expect("JSON")
            .into_iter()
            .map(|(line, column)| format!("{line}:{column}"))
            .collect()
    }

    #[test]
    fn a_field_is_found_at_its_name_an_item_where_it_begins() {
        let json = "{\n  \"title\": \"Tiêu đề\",\n  \"blocks\": [\n    {\"type\": \"paragraph\", \"text\": \"Một\"},\n    {\"type\": \"figure\", \"image\": {\"src\": \"a.jpg\"}}\n  ]\n}";
        assert_eq!(
            places(
                json,
                &["title", "blocks[1]", "blocks[0].text", "blocks[1].image.src"]
            ),
            ["2:3", "5:5", "4:27", "5:34"]
        );
    }

    #[test]
    fn what_is_missing_is_found_at_what_should_hold_it() {
        let json = " {\"blocks\": [{\"type\": \"paragraph\"}],\n\"x\": 1}";
        assert_eq!(
            places(json, &["blocks[0].text", "title", "blocks[3]", "$"]),
            ["1:14", "1:2", "1:3", "1:2"]
        );
    }

    #[test]
    fn other_values_are_passed_over_whatever_they_hold() {
        // Brackets and quotes inside strings, escapes in names (half a
        // character among them), deep nesting, and a later duplicate name,
        // which the JSON reader keeps.
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let json = format!(
            "{{\"a\": \"}}]\\\"[{{\", \"b\": {deep}, \"c\\u0041\": {{\"d\": [1, -2.5e3, true, null]}}, \"\\ud800\": \"\\udc00\", \"e\": 1, \"e\": 2}}"
        );
        let column = |name: &str| format!("1:{}", json.find(name).unwrap() + 1);
        assert_eq!(
            places(&json, &["cA.d[2]", "e"]),
            [column("true"), column("\"e\": 2")]
        );
    }

    #[test]
    fn text_that_is_not_json_gives_no_place() {
        assert_eq!(super::places("{\"blocks\": [", &["blocks[0]"]), None);
        assert_eq!(super::places("{\"blocks\" 1}", &["blocks[0]"]), None);
    }
}
