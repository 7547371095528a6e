//! The JavaScript API: every `#[wasm_bindgen]` export, and nothing else.
//! The work is done by the core; this layer converts values at the boundary
//! and turns the crate's errors into JavaScript `Error`s in one place
//! ([`to_js_error`]).

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::render::{RenderOptions, dom, events};
use crate::{Article, Error, Parsed};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Rendering options; every field is optional. Unknown names are an error. */
export interface RenderOptions {
  /** Overrides the article's language: the output's `lang` and the words the renderer adds. */
  lang?: string;
}

/** One problem with an article, as `vn-article check` prints it. */
export interface Problem {
  /** The whole sentence, starting with the place: `blocks[3].image.width: expected …`. */
  message: string;
  /** The JSON path, when the problem has one. */
  path?: string;
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
    let parsed = read_article(&article)?;
    let document = element
        .owner_document()
        .ok_or_else(|| JsError::new("the element has no document"))?;
    let fragment = dom::build_fragment(&document, events(&parsed.article, &options))?;
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
    let parsed = read_article(&article)?;
    for warning in &parsed.problems {
        web_sys::console::warn_1(&format!("vn-article: {warning}").into());
    }
    Ok(crate::render(&parsed.article, &options))
}

/// Every problem with `article` (an object, or JSON text), as `vn-article
/// check` reports them; an empty array when it is valid.
#[wasm_bindgen(js_name = checkArticle, unchecked_return_type = "Problem[]")]
pub fn check_article(#[wasm_bindgen(unchecked_param_type = "object | string")] article: JsValue) -> JsValue {
    let problems = match article_json(&article) {
        Ok(json) => crate::check(&json),
        Err(problem) => vec![problem],
    };
    problems_array(&problems).into()
}

/// Options go through a JSON value on their way in: serde-wasm-bindgen reads
/// a struct's known fields only, so reading `RenderOptions` directly would
/// let a misspelt option pass in silence.
fn read_options(options: Option<JsValue>) -> Result<RenderOptions, JsValue> {
    let Some(options) = options.filter(|options| !options.is_undefined() && !options.is_null()) else {
        return Ok(RenderOptions::default());
    };
    serde_wasm_bindgen::from_value(options)
        .map_err(|error| Error::Options {
            message: error.to_string(),
        })
        .and_then(RenderOptions::from_json_value)
        .map_err(|error| to_js_error(&[error]))
}

fn read_article(article: &JsValue) -> Result<Parsed, JsValue> {
    let json = article_json(article).map_err(|problem| to_js_error(&[problem]))?;
    Article::from_json(&json).map_err(|problems| to_js_error(&problems))
}

/// The article as JSON text: a string is taken as it is, an object is
/// stringified once, so both reach the same reader and get the same errors.
fn article_json(article: &JsValue) -> Result<String, Error> {
    if let Some(json) = article.as_string() {
        return Ok(json);
    }
    let not_an_article = || Error::Invalid {
        path: "$".into(),
        expected: "an article object or its JSON text",
        found: article.js_typeof().as_string().unwrap_or_default(),
    };
    if !article.is_object() {
        return Err(not_an_article());
    }
    JSON::stringify(article)
        .ok()
        .and_then(|json| json.as_string())
        .ok_or_else(not_an_article)
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
            let _ = Reflect::set(
                &object,
                &"severity".into(),
                &problem.severity().to_string().into(),
            );
            JsValue::from(object)
        })
        .collect()
}
