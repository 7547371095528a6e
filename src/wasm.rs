//! The JavaScript API: every `#[wasm_bindgen]` export, and nothing else.
//! The work is done by the core; this layer converts values at the boundary
//! and turns the crate's errors into JavaScript `Error`s in one place
//! ([`to_js_error`]).

use js_sys::{Array, JSON, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::article::Limits;
use crate::citation::{self, OffsetUnit};
use crate::normalize::{Change, ChangeKind, NormalizeOptions};
use crate::render::{RenderOptions, dom, events};
use crate::{Article, Error, Parsed};

/// The allocator: Talc rather than the standard library's dlmalloc, for a
/// smaller module (benches/README.md, "Size of the wasm module"). The module
/// is single-threaded; the heap grows with the wasm memory.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How Vietnamese text is normalised; every field is optional. Unknown names are an error. */
export interface NormalizeOptions {
  /** Where tone marks go in open oa/oe/uy: "traditional" (hòa), "modern" (hoà), "keep", or "auto" (default: the text's majority). */
  toneStyle?: "auto" | "traditional" | "modern" | "keep";
  /** Pair quotes, fix spaces, remove invisible characters, type the degree sign. Default: true. */
  typography?: boolean;
  /** Legacy encoding of the text. Default "auto": TCVN3, VNI, VIQR or misread UTF-8, when certain. */
  legacy?: "auto" | "off" | "viqr" | "tcvn3" | "vni";
}

/** Rendering options; every field is optional. Unknown names are an error. */
export interface RenderOptions extends NormalizeOptions {
  /** Overrides the article's language: the output's `lang` and the words the renderer adds. */
  lang?: string;
  /** Highlight the documents the article cites and list them at its end. Default: true. */
  citations?: boolean;
  /** Each cited document's link; `{document}` (the symbol, or a law's name and year), `{symbol}`, `{kind}`, `{number}`, `{year}` are replaced, URL-encoded. `null`: no links. Default: a search on thuvienphapluat.vn for the document. */
  linkTemplate?: string | null;
  /** Prefix of the ids given to mentions (`vn-cite-1`), for several articles on one page. Default "vn". */
  idPrefix?: string;
  /** An image service's URL for one width (`https://cdn.example.vn/{path}?w={width}`; also `{src}`): a srcset ladder for images without one. */
  imageTemplate?: string | null;
  /** The widths of that ladder, never above the image's own. Default [320, 480, 640, 800, 1024, 1280, 1600]. */
  imageWidths?: number[];
  /** The `sizes` of images that give none. Default: the article column's width. */
  imageSizes?: string | null;
  /** How much article JSON is read at most; past a limit is an error naming it. */
  limits?: { maxBytes?: number; maxDepth?: number; maxBlocks?: number };
  /** Show every time at this UTC offset ("+07:00": times a CMS or `JSON.stringify(new Date())` gives in UTC, shown as Vietnam's clocks read). Default `null`: each at the offset it was written with. */
  utcOffset?: string | null;
}

/** A document cited in a text: `text.slice(start, end)` is its span (UTF-16 offsets). */
export interface Citation {
  text: string;
  start: number;
  end: number;
  /** The kind the text names: "Nghị định", "Quy định", "Luật"… */
  kind: string;
  /** "full" (with its symbol), "short" (number alone) or "named" (Luật Đất đai năm 2013). */
  form: "full" | "short" | "named";
  /** The canonical symbol (a resolved short form's or named law's is its target's); null when unknown. */
  symbol: string | null;
  /** Whether the symbol was completed from the kind and the issuer named after it (or after the citation it resolves to). */
  inferred: boolean;
  number: string | null;
  /** The document's year: its symbol's, the one `năm 2014` after it gives, or its date's. */
  year: number | null;
  typeCode: string | null;
  issuerCode: string | null;
  /** The date named after it, ISO 8601. */
  date: string | null;
  /** The issuer named after it (`của Bộ Tài chính`), as written. */
  issuer: string | null;
  /** The article, clause and point before it (`khoản 2 Điều 5`), as written. */
  pinpoint: string | null;
  /** A named document's name, as it is listed (`Nghị quyết TW4` → `Nghị quyết Trung ương 4 khóa XII`). */
  name: string | null;
  /** For a short form, the index of the citation it resolves to: a full one, or, when none gives the symbol, the one it was inferred for (then `inferred` is true); for a plenum's resolution named without its term, of the one named with it; for a law named without its symbol, of the one full citation of that name, or else of its one year. */
  resolvesTo: number | null;
}

/** One change normalisation made: `before`, at `start..end` of the input (UTF-16 offsets), became `after`. */
export interface TextChange {
  start: number;
  end: number;
  before: string;
  after: string;
  kind: "legacy" | "composition" | "eth" | "tone-placement" | "tone-style" | "quotes" | "spacing" | "invisible" | "symbol" | "lone-surrogate";
}

/** Normalised text and what changed. */
export interface NormalizedText {
  text: string;
  changes: TextChange[];
}

/** One problem with an article, as `vn-article check` prints it. */
export interface Problem {
  /** The whole sentence, starting with the place: `blocks[3].image.width: expected …`. */
  message: string;
  /** The JSON path, when the problem has one. */
  path?: string;
  /** Where in JSON text the problem is, 1-based: where a malformed text
   * stopped the reader, or the field the path names. Not for an object,
   * whose problems the path places. */
  line?: number;
  column?: number;
  severity: "error" | "warning";
}

/** What `renderArticle` did besides rendering. */
export interface RenderReport {
  /** Blocks skipped and fields ignored, in document order. */
  warnings: Problem[];
}

/** The `Error` thrown when an article cannot be rendered at all. */
export interface ArticleError extends Error {
  problems: Problem[];
}
"#;

/// Renders `article` (an object, or JSON text) into `element`, replacing
/// its children, and returns the warnings. Throws an `Error` whose message
/// lists every problem when nothing can be rendered.
#[wasm_bindgen(js_name = renderArticle, unchecked_return_type = "RenderReport")]
pub fn render_article(
    element: &Element,
    #[wasm_bindgen(unchecked_param_type = "object | string")] article: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = read_options(options)?;
    let parsed = read_article(&article, &options)?;
    let document = element
        .owner_document()
        .ok_or_else(|| JsError::new("the element has no document"))?;
    let article = options.prepare(&parsed.article);
    let fragment = dom::build_fragment(&document, events(&article, &options))?;
    element.replace_children_with_node_1(&fragment);
    let report = Object::new();
    Reflect::set(&report, &"warnings".into(), &problems_array(&parsed.problems))?;
    Ok(report.into())
}

/// Renders `article` (an object, or JSON text) to the HTML text
/// `renderArticle` would put in the DOM. Warnings go to the console.
#[wasm_bindgen(js_name = renderToString)]
pub fn render_to_string(
    #[wasm_bindgen(unchecked_param_type = "object | string")] article: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let options = read_options(options)?;
    let parsed = read_article(&article, &options)?;
    for warning in &parsed.problems {
        web_sys::console::warn_1(&format!("vn-article: {warning}").into());
    }
    Ok(crate::render(&parsed.article, &options))
}

/// Every problem with `article` (an object, or JSON text), as `vn-article
/// check` reports them; an empty array when it is valid.
#[wasm_bindgen(js_name = checkArticle, unchecked_return_type = "Problem[]")]
pub fn check_article(#[wasm_bindgen(unchecked_param_type = "object | string")] article: JsValue) -> JsValue {
    // As `crate::check`: within the default limits.
    let problems = match parse_article(&article, &Limits::default()) {
        Ok(parsed) => parsed.problems,
        Err(problems) => problems,
    };
    problems_array(&problems).into()
}

fn read_options(options: Option<JsValue>) -> Result<RenderOptions, JsValue> {
    read_options_with(options, RenderOptions::from_json_value)
}

/// Options are read as their JSON text, as articles are: one reader for
/// both (a misspelt option is an error), and no second deserializer in the
/// module.
fn read_options_with<T: Default>(
    options: Option<JsValue>,
    from_json_value: fn(serde_json::Value) -> Result<T, Error>,
) -> Result<T, JsValue> {
    let Some(options) = options.filter(|options| !options.is_undefined() && !options.is_null()) else {
        return Ok(T::default());
    };
    let not_json = |found: String| Error::Options {
        message: format!("expected an object that JSON.stringify can write, found {found}"),
    };
    let json = match stringify(&options) {
        Ok(Some(json)) => Ok(json),
        Ok(None) => Err(not_json(options.js_typeof().as_string().unwrap_or_default())),
        Err(thrown) => Err(not_json(thrown)),
    };
    json.and_then(|json| {
        serde_json::from_str(&json).map_err(|error| Error::Options {
            message: error.to_string(),
        })
    })
    .and_then(from_json_value)
    .map_err(|error| to_js_error(&[error]))
}

/// `JSON.stringify(value)`: `None` when it gives `undefined` (a function,
/// a symbol); the message of what it threw (a cycle, a BigInt, nesting too
/// deep) as the error.
fn stringify(value: &JsValue) -> Result<Option<String>, String> {
    JSON::stringify(value)
        .map(|json| json.as_string())
        .map_err(|error| {
            error
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| "a value it refused".to_owned(), |error| error.message().into())
        })
}

/// Normalises Vietnamese text: composition, tone marks, typography, legacy
/// encodings (see `NormalizeOptions`). Half of a surrogate pair alone in
/// `text` is U+FFFD in the result; `normalizeTextWithChanges` says where.
#[wasm_bindgen(js_name = normalizeText)]
pub fn normalize_text(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "NormalizeOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let options = read_options_with(options, NormalizeOptions::from_json_value)?;
    Ok(crate::normalize_text(text, &options).text)
}

/// Like `normalizeText`, and also says what changed, with UTF-16 offsets
/// into `text`. Half of a surrogate pair alone in `text` (a string cut
/// inside an emoji by `slice`) is U+FFFD in the result, as in
/// `normalizeText`, and a change of kind `lone-surrogate` says so.
#[wasm_bindgen(js_name = normalizeTextWithChanges, unchecked_return_type = "NormalizedText")]
pub fn normalize_text_with_changes(
    #[wasm_bindgen(unchecked_param_type = "string")] text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "NormalizeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = read_options_with(options, NormalizeOptions::from_json_value)?;
    let (text, halves) = match units_holding_halves(text) {
        Some(units) => crate::text_offsets::from_utf16_marking_halves(&units),
        None => (String::from(text), Vec::new()),
    };
    let mut normalized = crate::normalize_text(&text, &options);
    // Each half is a change of its own, in order among the others (it is
    // U+FFFD in `text`, which no other change touches).
    if !halves.is_empty() {
        let mut made = std::mem::take(&mut normalized.changes).into_iter().peekable();
        for &(byte, _) in &halves {
            normalized
                .changes
                .extend(std::iter::from_fn(|| made.next_if(|change| change.start < byte)));
            normalized.changes.push(Change {
                start: byte,
                end: byte + char::REPLACEMENT_CHARACTER.len_utf8(),
                before: char::REPLACEMENT_CHARACTER.into(),
                after: char::REPLACEMENT_CHARACTER.into(),
                kind: ChangeKind::LoneSurrogate,
            });
        }
        normalized.changes.extend(made);
    }
    let mut halves = halves.into_iter().map(|(_, half)| half);
    let changes: Array = normalized
        .changes
        .iter()
        .zip(normalized.utf16_ranges(&text))
        .map(|(change, range)| {
            // A half's `before` is the half, as `text` holds it.
            let before = match change.kind {
                ChangeKind::LoneSurrogate => halves.next().map_or(JsValue::NULL, |half| {
                    JsString::from_char_code1(u32::from(half)).into()
                }),
                _ => change.before.as_str().into(),
            };
            let object = Object::new();
            // Setting properties on a fresh plain object cannot fail.
            let _ = Reflect::set(&object, &"start".into(), &(range.start as f64).into());
            let _ = Reflect::set(&object, &"end".into(), &(range.end as f64).into());
            let _ = Reflect::set(&object, &"before".into(), &before);
            let _ = Reflect::set(&object, &"after".into(), &change.after.as_str().into());
            let _ = Reflect::set(&object, &"kind".into(), &change.kind.name().into());
            JsValue::from(object)
        })
        .collect();
    let result = Object::new();
    Reflect::set(&result, &"text".into(), &normalized.text.into())?;
    Reflect::set(&result, &"changes".into(), &changes)?;
    Ok(result.into())
}

/// Every document `text` cites, in order, short forms resolved; offsets in
/// UTF-16 code units, so `text.slice(start, end)` is the span.
#[wasm_bindgen(js_name = findCitations, unchecked_return_type = "Citation[]")]
pub fn find_citations(text: &str) -> Result<JsValue, JsValue> {
    let citations = crate::find_citations(text);
    let records = citation::records(text, &citations, OffsetUnit::Utf16);
    // As JSON text, parsed by the engine: the records are plain data, and
    // the module needs no serializer to JavaScript values.
    let json = serde_json::to_string(&records).map_err(|error| JsValue::from(error.to_string()))?;
    JSON::parse(&json)
}

fn read_article(article: &JsValue, options: &RenderOptions) -> Result<Parsed, JsValue> {
    parse_article(article, &options.limits).map_err(|problems| to_js_error(&problems))
}

/// Reads the article as JSON text: a string is taken as it is, an object is
/// stringified once, so both reach the same reader and get the same errors.
fn parse_article(article: &JsValue, limits: &Limits) -> Result<Parsed, Vec<Error>> {
    if let Some(text) = article.dyn_ref::<JsString>() {
        // Half of a surrogate pair alone (a string cut inside an emoji by
        // `slice`, then joined into JSON by hand) would become U+FFFD on
        // the way into Rust, unsaid: such a string is read unit by unit,
        // and each half reported where it stands.
        if let Some(units) = units_holding_halves(text) {
            return Article::from_utf16_json_within(&units, limits);
        }
        return Article::from_json_within(&String::from(text), limits);
    }
    let not_an_article = || Error::Invalid {
        path: "$".into(),
        expected: "an article object or its JSON text",
        found: article.js_typeof().as_string().unwrap_or_default(),
    };
    if !article.is_object() {
        return Err(vec![not_an_article()]);
    }
    // An object too deep for JSON.stringify (or with a cycle) throws. What
    // it writes is well formed: it escapes halves of surrogate pairs.
    match stringify(article) {
        Ok(Some(json)) => Article::from_json_within(&json, limits)
            .map(|parsed| Parsed {
                problems: named_by_paths(parsed.problems),
                ..parsed
            })
            .map_err(named_by_paths),
        Ok(None) => Err(vec![not_an_article()]),
        Err(thrown) => Err(vec![Error::Invalid {
            path: "$".into(),
            expected: "an article object that JSON.stringify can write",
            found: thrown,
        }]),
    }
}

/// Problems of an object, named by their paths only: lines and columns
/// of the text `JSON.stringify` wrote are no place the caller can see.
fn named_by_paths(mut problems: Vec<Error>) -> Vec<Error> {
    for path in problems.iter_mut().filter_map(Error::json_path_mut) {
        path.at = None;
    }
    problems
}

/// The UTF-16 code units of `text` when it holds half of a surrogate pair
/// alone, which would become U+FFFD unsaid on its way into Rust; `None`
/// when it holds none. Browsers before 2023 lack `isWellFormed`: their
/// strings are read as before.
fn units_holding_halves(text: &JsString) -> Option<Vec<u16>> {
    is_well_formed(text)
        .is_ok_and(|well_formed| !well_formed)
        .then(|| text.iter().collect())
}

#[wasm_bindgen]
extern "C" {
    /// `String.prototype.isWellFormed.call(text)` (2023): it throws where
    /// the method is missing.
    #[wasm_bindgen(catch, js_namespace = ["String", "prototype", "isWellFormed"], js_name = call)]
    fn is_well_formed(text: &JsString) -> Result<bool, JsValue>;
}

/// The one place crate errors become a JavaScript `Error`: its message is
/// every problem, one per line, and `problems` holds them as objects.
fn to_js_error(problems: &[Error]) -> JsValue {
    let message = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    let error = js_sys::Error::new(&message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&error, &"problems".into(), &problems_array(problems));
    error.into()
}

fn problems_array(problems: &[Error]) -> Array {
    problems
        .iter()
        .map(|problem| {
            let object = Object::new();
            // Setting properties on a fresh plain object cannot fail.
            let _ = Reflect::set(&object, &"message".into(), &problem.to_string().into());
            if let Some(path) = problem.path() {
                let _ = Reflect::set(&object, &"path".into(), &path.into());
            }
            if let Some((line, column)) = problem.position() {
                let _ = Reflect::set(&object, &"line".into(), &(line as f64).into());
                let _ = Reflect::set(&object, &"column".into(), &(column as f64).into());
            }
            let _ = Reflect::set(
                &object,
                &"severity".into(),
                &problem.severity().to_string().into(),
            );
            JsValue::from(object)
        })
        .collect()
}
