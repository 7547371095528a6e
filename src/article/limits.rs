//! How much article JSON is read at most: its size, the nesting of its
//! arrays and objects, its number of blocks. Past a limit, reading stops at
//! once with an error that names the limit (and, for nesting, the line and
//! column), so hostile input costs time in proportion to the limit, never a
//! hang or a stack overflow.

use crate::Error;

/// The reading limits. From JavaScript and the CLI's `--options` they are
/// `{"limits": {"maxBytes": …, "maxDepth": …, "maxBlocks": …}}`; each is
/// optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The largest article JSON, in bytes of UTF-8. Default 10 MB.
    pub max_bytes: usize,
    /// The deepest nesting of arrays and objects; at most
    /// [`Limits::DEPTH_CEILING`]. Default 32 (an article needs 6).
    pub max_depth: usize,
    /// The most blocks an article may have. Default 10,000.
    pub max_blocks: usize,
}

impl Limits {
    /// The deepest nesting any setting allows: the JSON reader's own limit.
    pub const DEPTH_CEILING: usize = 127;

    /// Limits with the given values; `max_depth` above
    /// [`Limits::DEPTH_CEILING`] is an options error.
    pub fn new(max_bytes: usize, max_depth: usize, max_blocks: usize) -> Result<Limits, Error> {
        if max_depth > Limits::DEPTH_CEILING {
            return Err(Error::Options {
                message: format!(
                    "limits.maxDepth: at most {}, found {max_depth}",
                    Limits::DEPTH_CEILING
                ),
            });
        }
        Ok(Limits {
            max_bytes,
            max_depth,
            max_blocks,
        })
    }

    /// Checks what can be known before parsing: the size, and the nesting
    /// (one pass over the bytes, strings skipped).
    pub(crate) fn check_text(&self, json: &str) -> Result<(), Error> {
        if json.len() > self.max_bytes {
            return Err(Error::LimitExceeded {
                limit: Limit::Bytes,
                max: self.max_bytes,
                found: json.len(),
                at: None,
            });
        }
        // From one bracket or quote to the next; a string from its opening
        // quote to the next quote no backslash escapes.
        let bytes = json.as_bytes();
        let next = |from: usize, wanted: fn(&u8) -> bool| {
            bytes
                .get(from..)?
                .iter()
                .position(wanted)
                .map(|offset| from + offset)
        };
        let mut depth = 0usize;
        let mut at = 0;
        while let Some(index) = next(at, |byte| matches!(byte, b'"' | b'[' | b'{' | b']' | b'}')) {
            at = index + 1;
            match bytes[index] {
                b'"' => loop {
                    let Some(special) = bytes
                        .get(at..)
                        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
                        .map(|offset| at + offset)
                    else {
                        return Ok(()); // an unclosed string is the JSON reader's to report
                    };
                    at = special + 1;
                    if bytes[special] == b'"' {
                        break;
                    }
                    at += 1; // the escaped byte
                },
                b'[' | b'{' => {
                    depth += 1;
                    if depth > self.max_depth {
                        return Err(Error::LimitExceeded {
                            limit: Limit::Depth,
                            max: self.max_depth,
                            found: depth,
                            at: Some(line_and_column(json, index)),
                        });
                    }
                }
                // Unbalanced brackets are the JSON reader's to report.
                _ => depth = depth.saturating_sub(1),
            }
        }
        Ok(())
    }

    /// Checks the number of blocks.
    pub(crate) fn check_blocks(&self, count: usize) -> Result<(), Error> {
        if count > self.max_blocks {
            return Err(Error::LimitExceeded {
                limit: Limit::Blocks,
                max: self.max_blocks,
                found: count,
                at: None,
            });
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 10_000_000,
            max_depth: 32,
            max_blocks: 10_000,
        }
    }
}

/// Which limit an input exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// `limits.maxBytes`.
    Bytes,
    /// `limits.maxDepth`.
    Depth,
    /// `limits.maxBlocks`.
    Blocks,
}

impl Limit {
    /// The option that sets it.
    pub fn option(self) -> &'static str {
        match self {
            Limit::Bytes => "limits.maxBytes",
            Limit::Depth => "limits.maxDepth",
            Limit::Blocks => "limits.maxBlocks",
        }
    }
}

/// The 1-based line and column (in characters) of byte `index` of `text`.
fn line_and_column(text: &str, index: usize) -> (usize, usize) {
    lines_and_columns(text, [index]).next().unwrap_or((1, 1))
}

/// [`line_and_column`] of each of `indices`, which are in order, read in
/// one pass: many places (half a character in every string) cost one
/// reading of the text, not one each.
pub(super) fn lines_and_columns(
    text: &str,
    indices: impl IntoIterator<Item = usize>,
) -> impl Iterator<Item = (usize, usize)> {
    let (mut line, mut column, mut from) = (1, 1, 0);
    indices.into_iter().map(move |index| {
        // Lines by a byte search, columns by the standard library's count
        // of characters: a character at a time took a twentieth of a
        // render with warnings (callgrind).
        let between = &text[from..index];
        let mut line_ends = memchr::memchr_iter(b'\n', between.as_bytes());
        match line_ends.next_back() {
            Some(last) => {
                line += 1 + line_ends.count();
                column = 1 + between[last + 1..].chars().count();
            }
            None => column += between.chars().count(),
        }
        from = index;
        (line, column)
    })
}
