//! Rendering and normalisation options read from JSON, by hand, as articles
//! are read (see `article/parse.rs`): one JSON reader in the crate, and every
//! problem named by its path.
//!
//! A derived serde deserializer did this before; with it came serde's
//! visitors and its messages, which print floating-point numbers with
//! `core::fmt` — 46 KB of the wasm module (18 KB gzipped), a tenth of it,
//! for a dozen fields (benches/README.md, "Size of the wasm module").
//!
//! A name the options do not know is an error, not silence; every problem is
//! reported, in one [`Error::Options`].

use serde_json::{Map, Value};

use crate::Error;
use crate::article::{LanguageTag, Limits, describe, message_without_position, parse_offset};
use crate::normalize::NormalizeOptions;
use crate::render::{IdPrefix, RenderOptions};

const RENDER_OPTIONS: &[&str] = &[
    "lang",
    "toneStyle",
    "typography",
    "legacy",
    "citations",
    "linkTemplate",
    "idPrefix",
    "imageTemplate",
    "imageWidths",
    "imageSizes",
    "limits",
    "utcOffset",
];
const NORMALIZE_OPTIONS: &[&str] = &["toneStyle", "typography", "legacy"];
const LIMITS: &[&str] = &["maxBytes", "maxDepth", "maxBlocks"];

impl RenderOptions {
    /// Reads options from JSON text, e.g. `{"lang": "en"}`.
    pub fn from_json(json: &str) -> Result<RenderOptions, Error> {
        let value = serde_json::from_str(json).map_err(|error| Error::Options {
            message: message_without_position(&error),
        })?;
        RenderOptions::from_json_value(value)
    }

    /// Reads options from a JSON value; an unknown name is an error.
    pub fn from_json_value(value: serde_json::Value) -> Result<RenderOptions, Error> {
        let mut options = RenderOptions::default();
        let mut normalize = NormalizeOptions::default();
        let mut problems = Problems::default();
        for (key, value) in problems.object(&value, "").into_iter().flatten() {
            let key = key.as_str();
            if normalize.read(key, value, &mut problems) {
                continue;
            }
            match key {
                // `null` is a value for the optional ones: the article's
                // language, no links, no ladder, the default sizes.
                "lang" if value.is_null() => options.lang = None,
                "lang" => {
                    let tag = problems.parsed(key, value, "a language tag", |tag| {
                        LanguageTag::try_from(tag.to_owned())
                    });
                    options.lang = tag.or(options.lang);
                }
                "linkTemplate" => problems.optional_string(key, value, &mut options.link_template),
                "imageTemplate" => problems.optional_string(key, value, &mut options.image_template),
                "imageSizes" => problems.optional_string(key, value, &mut options.image_sizes),
                "citations" => options.citations = problems.boolean(key, value).unwrap_or(options.citations),
                "idPrefix" => {
                    let prefix = problems.parsed(key, value, "an id prefix", |prefix| {
                        IdPrefix::try_from(prefix.to_owned())
                    });
                    options.id_prefix = prefix.unwrap_or(options.id_prefix);
                }
                "imageWidths" => {
                    options.image_widths = problems.widths(key, value).unwrap_or(options.image_widths)
                }
                "limits" => options.limits = problems.limits(value).unwrap_or(options.limits),
                "utcOffset" if value.is_null() => options.utc_offset = None,
                "utcOffset" => {
                    let offset = problems.parsed(key, value, "a UTC offset", |offset| {
                        parse_offset(offset.as_bytes()).ok_or_else(|| {
                            format!("{offset:?} is not a UTC offset such as \"+07:00\" or \"Z\"")
                        })
                    });
                    options.utc_offset = offset.or(options.utc_offset);
                }
                _ => problems.unknown("", key, RENDER_OPTIONS),
            }
        }
        options.tone_style = normalize.tone_style;
        options.typography = normalize.typography;
        options.legacy = normalize.legacy;
        problems.into_result(options)
    }
}

impl NormalizeOptions {
    /// Reads options from a JSON value; an unknown name is an error.
    pub fn from_json_value(value: serde_json::Value) -> Result<NormalizeOptions, Error> {
        let mut options = NormalizeOptions::default();
        let mut problems = Problems::default();
        for (key, value) in problems.object(&value, "").into_iter().flatten() {
            if !options.read(key, value, &mut problems) {
                problems.unknown("", key, NORMALIZE_OPTIONS);
            }
        }
        problems.into_result(options)
    }

    /// Reads the option `key` when it is one of normalisation's; `false`
    /// when it is not.
    fn read(&mut self, key: &str, value: &Value, problems: &mut Problems) -> bool {
        match key {
            "toneStyle" => {
                let style = problems.parsed(key, value, "a tone style", str::parse);
                self.tone_style = style.unwrap_or(self.tone_style);
            }
            "typography" => self.typography = problems.boolean(key, value).unwrap_or(self.typography),
            "legacy" => {
                let legacy = problems.parsed(key, value, "a legacy encoding", str::parse);
                self.legacy = legacy.unwrap_or(self.legacy);
            }
            _ => return false,
        }
        true
    }
}

/// What is wrong with the options, each problem a message that starts with
/// its path.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    /// The object `value` at `path` (empty at the top); anything else is a
    /// problem.
    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let map = value.as_object();
        if map.is_none() {
            self.invalid(path, "an object", value);
        }
        map
    }

    /// A name the object at `path` does not take; `known` are those it does.
    fn unknown(&mut self, path: &str, key: &str, known: &[&str]) {
        let name = if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        };
        let known: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
        self.0.push(format!(
            "unknown field `{name}`, expected one of {}",
            known.join(", ")
        ));
    }

    fn invalid(&mut self, path: &str, expected: &str, found: &Value) {
        let found = describe(found);
        self.0.push(if path.is_empty() {
            format!("expected {expected}, found {found}")
        } else {
            format!("{path}: expected {expected}, found {found}")
        });
    }

    fn string(&mut self, path: &str, value: &Value) -> Option<String> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                self.invalid(path, "a string", other);
                None
            }
        }
    }

    /// A string, or `null` for none; a wrong value leaves `current` as it is.
    fn optional_string(&mut self, path: &str, value: &Value, current: &mut Option<String>) {
        if value.is_null() {
            *current = None;
        } else if let Some(text) = self.string(path, value) {
            *current = Some(text);
        }
    }

    fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        match value {
            Value::Bool(flag) => Some(*flag),
            other => {
                self.invalid(path, "true or false", other);
                None
            }
        }
    }

    /// A string that `parse` accepts; its refusal is the message.
    fn parsed<T>(
        &mut self,
        path: &str,
        value: &Value,
        expected: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        match value.as_str().map(parse) {
            Some(Ok(parsed)) => Some(parsed),
            Some(Err(message)) => {
                self.0.push(format!("{path}: {message}"));
                None
            }
            None => {
                self.invalid(path, &format!("{expected} (a string)"), value);
                None
            }
        }
    }

    /// A whole number from 0 to `T`'s largest.
    fn count<T: TryFrom<u64>>(&mut self, path: &str, value: &Value) -> Option<T> {
        let count = value.as_u64().and_then(|n| T::try_from(n).ok());
        if count.is_none() {
            self.invalid(path, "a whole number", value);
        }
        count
    }

    /// Widths in pixels; every item that is not one is a problem.
    fn widths(&mut self, path: &str, value: &Value) -> Option<Vec<u32>> {
        let Value::Array(items) = value else {
            self.invalid(path, "an array of widths in pixels", value);
            return None;
        };
        let widths: Vec<Option<u32>> = items
            .iter()
            .enumerate()
            .map(|(index, item)| self.count(&format!("{path}[{index}]"), item))
            .collect();
        widths.into_iter().collect()
    }

    fn limits(&mut self, value: &Value) -> Option<Limits> {
        let Limits {
            mut max_bytes,
            mut max_depth,
            mut max_blocks,
        } = Limits::default();
        let before = self.0.len();
        for (key, value) in self.object(value, "limits").into_iter().flatten() {
            let field = match key.as_str() {
                "maxBytes" => &mut max_bytes,
                "maxDepth" => &mut max_depth,
                "maxBlocks" => &mut max_blocks,
                _ => {
                    self.unknown("limits", key, LIMITS);
                    continue;
                }
            };
            *field = self.count(&format!("limits.{key}"), value).unwrap_or(*field);
        }
        if self.0.len() > before {
            return None;
        }
        // The ceiling of `maxDepth` is the constructor's to check.
        Limits::new(max_bytes, max_depth, max_blocks)
            .inspect_err(|error| {
                self.0.push(match error {
                    Error::Options { message } => message.clone(),
                    other => other.to_string(),
                })
            })
            .ok()
    }

    fn into_result<T>(self, options: T) -> Result<T, Error> {
        if self.0.is_empty() {
            Ok(options)
        } else {
            Err(Error::Options {
                message: self.0.join("; "),
            })
        }
    }
}
