//! The `vn-article` command: what it prints and how it exits.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vn-article"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // A command refused for its arguments exits without reading its input:
    // the pipe may be closed before everything is written.
    match child.stdin.take().unwrap().write_all(stdin) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => panic!("writing the input: {error}"),
        _ => {}
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vn-article"))
        .arg("normalize")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // As `vn-article normalize | head -c 0` does: the reader is gone
    // before the command writes.
    drop(child.stdout.take());
    let input = "Hội nghị quán triệt các quy định của Trung ương.\n".repeat(5_000);
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(text(&output.stderr), "");
    assert_eq!(output.status.code(), Some(0));
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn check_accepts_a_valid_article_silently() {
    let output = run(&["check", "www/articles/showcase.json"], b"");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn check_lists_every_problem_with_its_path_and_fails() {
    let json = br#"{"title": "T", "blocks": [{"type": "figure", "image": {"src": "a.jpg", "alt": "", "width": -3, "height": 2}}, {"type": "chart"}]}"#;
    let output = run(&["check", "-"], json);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "error: 1:83: blocks[0].image.width: expected a positive integer, found -3\n\
         error: 1:112: blocks[1].type: unknown block type \"chart\"; expected one of paragraph, heading, figure, embed, quote, list, table, related, separator; the block is skipped\n"
    );
}

#[test]
fn check_passes_when_there_are_only_warnings() {
    let json = r#"{"title": "T", "blocks": [{"type": "paragraph", "html": "<span>chữ</span>"}]}"#;
    let output = run(&["check", "-"], json.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text(&output.stderr).starts_with("warning: 1:49: blocks[0].html: <span>"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn check_reports_line_and_column_of_malformed_json() {
    let output = run(
        &["check", "-"],
        "{\n  \"title\": \"Tỉnh ủy\",\n  \"blocks\": [,]\n}".as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "error: 3:14: malformed JSON: expected value\n"
    );
}

#[test]
fn render_prints_exactly_the_library_html_and_warns_on_stderr() {
    let json = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/articles/seed.json"))
        .unwrap();
    let output = run(&["render", "-"], json.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let expected = vn_article::render_json(&json, &vn_article::RenderOptions::default())
        .unwrap()
        .html;
    assert_eq!(text(&output.stdout), expected);

    let output = run(
        &["render", "-"],
        br#"{"title": "T", "blocks": [{"type": "video"}]}"#,
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text(&output.stdout)
            .contains("<h1 class=\"vn-article__title\" id=\"vn-title\" part=\"title\">T</h1>")
    );
    assert!(text(&output.stderr).starts_with("error: 1:28: blocks[0].type: unknown block type"));
}

#[test]
fn render_takes_the_javascript_options_and_rejects_unknown_ones() {
    let json = br#"{"title": "Tin", "blocks": []}"#;
    let output = run(&["render", "-", "--options", r#"{"lang": "en"}"#], json);
    assert!(
        text(&output.stdout).starts_with(
            r#"<article class="vn-article" lang="en" aria-labelledby="vn-title" part="article">"#
        )
    );
    let output = run(&["render", "-", "--options", r#"{"lnag": "en"}"#], json);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "error: options: unknown field `lnag`, expected one of `lang`, `toneStyle`, `typography`, `legacy`, \
         `citations`, `linkTemplate`, `idPrefix`, `imageTemplate`, `imageWidths`, `imageSizes`, `limits`, \
         `utcOffset`\n"
    );
}

#[test]
fn render_fails_without_output_when_nothing_can_be_rendered() {
    let output = run(&["render", "-"], br#"{"blocks": []}"#);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        "error: 1:1: title: expected a non-empty string, found nothing\n"
    );
}

#[test]
fn ingest_prints_article_json_and_warns_about_dropped_lines() {
    let output = run(&["ingest", "../shared/seed/000_8c712d888035ba10.txt"], b"");
    assert_eq!(output.status.code(), Some(0));
    let golden =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/articles/seed.json"))
            .unwrap();
    assert_eq!(text(&output.stdout), golden);
    assert_eq!(
        text(&output.stderr),
        "warning: line 3: \".\" holds no words and was left out\nwarning: line 25: \",\" holds no words and was left out\n"
    );
}

#[test]
fn unreadable_input_is_a_usage_error_naming_the_place() {
    let output = run(&["check", "no/such/file.json"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("vn-article: cannot read no/such/file.json: "));

    let output = run(&["ingest", "-"], b"Tin n\xf3ng\nHo\xe0ng");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "vn-article: standard input: 1:6: not UTF-8 text (legacy encodings such as TCVN3 or VNI must be converted first)\n"
    );
}

#[test]
fn normalize_prints_the_text_or_its_changes() {
    let input = "Tỉnh uỷ  \"tòan diện\" , hòa bình\n".as_bytes();
    let output = run(&["normalize", "--tone-style", "traditional"], input);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "Tỉnh ủy “toàn diện”, hòa bình\n");

    let output = run(&["normalize", "--changes", "--no-typography"], input);
    let changes: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        changes,
        serde_json::json!([
            {"start": 7, "end": 11, "before": "uỷ", "after": "ủy", "kind": "tone-style"},
            {"start": 14, "end": 19, "before": "tòan", "after": "toàn", "kind": "tone-placement"}
        ])
    );

    let output = run(&["normalize", "--legacy", "viqr"], b"Vie^.t Nam");
    assert_eq!(text(&output.stdout), "Việt Nam");
}

#[test]
fn normalize_refuses_unknown_settings() {
    let output = run(&["normalize", "--tone-style", "moden"], b"x");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr)
            .contains("\"moden\" is not a tone style; expected one of auto, traditional, modern, keep"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn cite_prints_each_citation_with_offsets_in_characters() {
    let input = "Mức phạt theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ; khoản 2 Điều 5 NĐ 100 nói rõ.";
    let output = run(&["cite"], input.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let citations: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON array");
    let chars: Vec<char> = input.chars().collect();
    let span = |citation: &serde_json::Value| -> String {
        let (start, end) = (
            citation["start"].as_u64().unwrap(),
            citation["end"].as_u64().unwrap(),
        );
        chars[start as usize..end as usize].iter().collect()
    };
    let full = &citations[0];
    assert_eq!(span(full), "Nghị định số 100/2019/NĐ-CP");
    assert_eq!(full["text"], "Nghị định số 100/2019/NĐ-CP");
    assert_eq!(full["kind"], "Nghị định");
    assert_eq!(full["form"], "full");
    assert_eq!(full["symbol"], "100/2019/NĐ-CP");
    assert_eq!(full["date"], "2019-12-30");
    assert_eq!(full["issuer"], "Chính phủ");
    assert_eq!(full["pinpoint"], serde_json::Value::Null);
    let short = &citations[1];
    assert_eq!(span(short), "NĐ 100");
    assert_eq!(short["form"], "short");
    assert_eq!(short["symbol"], "100/2019/NĐ-CP");
    assert_eq!(short["resolvesTo"], 0);
    assert_eq!(short["pinpoint"], "khoản 2 Điều 5");
    assert_eq!(citations.as_array().map(Vec::len), Some(2));
}

#[test]
fn render_page_writes_a_whole_page_around_the_fragment() {
    let fragment = run(&["render", "www/articles/seed.json"], b"");
    let page = run(
        &[
            "render",
            "--page",
            "--assets",
            "/assets/vn/",
            "www/articles/seed.json",
        ],
        b"",
    );
    assert_eq!(page.status.code(), Some(0), "{}", text(&page.stderr));
    let page = text(&page.stdout);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"));
    assert!(page.contains(
        "<title>Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương</title>\n\
         <link rel=\"stylesheet\" href=\"/assets/vn/vn-article.css\">\n\
         <script type=\"module\" src=\"/assets/vn/vn-article.js\"></script>\n"
    ));
    // The article inside the element is exactly the fragment `render` prints.
    let inside = format!("<vn-article>{}</vn-article>", text(&fragment.stdout));
    assert!(page.contains(&inside), "{page}");
    assert!(page.ends_with("</vn-article>\n</main>\n</body>\n</html>\n"));
}

#[test]
fn render_page_escapes_the_title_and_describes_the_article_by_its_sapo() {
    let json = r#"{"title": "Lũ <về> & \"nước\" lên", "sapo": "Mưa \"lớn\" kéo dài.", "blocks": [{"type": "paragraph", "text": "Chữ."}]}"#;
    let output = run(&["render", "--page", "-"], json.as_bytes());
    let page = text(&output.stdout);
    assert!(
        page.contains("<title>Lũ &lt;về&gt; &amp; “nước” lên</title>"),
        "{page}"
    );
    assert!(
        page.contains("<meta name=\"description\" content=\"Mưa “lớn” kéo dài.\">"),
        "{page}"
    );
    assert!(page.contains("href=\"./vn-article.css\""), "{page}");
}

#[test]
fn render_page_describes_the_article_to_link_previews() {
    let json = r#"{
        "title": "Lũ \"lớn\" về",
        "sapo": "Mưa kéo dài.",
        "published": "2024-09-10T08:00:00+07:00",
        "updated": "2024-09-10T09:30:00+07:00",
        "authors": ["Minh Anh", "Tin, ảnh: Quốc Huy", "Ảnh: Nhật Bắc", "Nguồn video: YouTube"],
        "blocks": [
            {"type": "figure", "image": {"src": "javascript:alert(1)", "alt": "a"}},
            {"type": "figure", "image": {"src": "/anh/lu.jpg", "alt": "b"}},
            {"type": "figure", "image": {"src": "HTTPS://cdn.bao.vn/lu.jpg?w=1200&h=630", "alt": "c"}},
            {"type": "figure", "image": {"src": "https://cdn.bao.vn/sau.jpg", "alt": "d"}}
        ]
    }"#;
    let output = run(&["render", "--page", "-"], json.as_bytes());
    let page = text(&output.stdout);
    let head = &page[..page.find("</head>").expect("a head")];
    let properties: Vec<&str> = head
        .lines()
        .filter(|line| line.starts_with("<meta property="))
        .collect();
    assert_eq!(
        properties,
        [
            r#"<meta property="og:type" content="article">"#,
            r#"<meta property="og:title" content="Lũ “lớn” về">"#,
            r#"<meta property="og:description" content="Mưa kéo dài.">"#,
            r#"<meta property="og:image" content="HTTPS://cdn.bao.vn/lu.jpg?w=1200&amp;h=630">"#,
            r#"<meta property="article:published_time" content="2024-09-10T08:00:00+07:00">"#,
            r#"<meta property="article:modified_time" content="2024-09-10T09:30:00+07:00">"#,
            r#"<meta property="article:author" content="Minh Anh">"#,
            r#"<meta property="article:author" content="Quốc Huy">"#,
        ]
    );
    // Previews name the writers; the byline on the page credits everyone,
    // as the newsroom wrote it.
    assert!(
        page.contains(
            r#"<span class="vn-article__author">Tin, ảnh: Quốc Huy</span>, <span class="vn-article__author">Ảnh: Nhật Bắc</span>"#
        ),
        "{page}"
    );
    // Without an image at an absolute address, the preview has none.
    let json =
        r#"{"title": "T", "blocks": [{"type": "figure", "image": {"src": "/anh/lu.jpg", "alt": "b"}}]}"#;
    let output = run(&["render", "--page", "-"], json.as_bytes());
    let page = text(&output.stdout);
    assert!(!page.contains("og:image"), "{page}");
    assert!(!page.contains("og:description"), "{page}");
}

#[test]
fn render_page_gives_search_engines_the_article_as_structured_data() {
    let json = r#"{
        "title": "Lũ </script><script>window.__pwned = 1</script> về",
        "sapo": "Mưa <!-- kéo dài & lũ lên.",
        "place": "Hà Nội",
        "published": "2024-09-10T08:00:00+07:00",
        "updated": "2024-09-10T09:30:00+07:00",
        "authors": ["Minh Anh", "Tin, ảnh: Quốc Huy", "Ảnh: Nhật Bắc"],
        "credit": "(Theo TTXVN)",
        "blocks": [
            {"type": "figure", "image": {"src": "/anh/lu.jpg", "alt": "a"}},
            {"type": "figure", "image": {"src": "https://cdn.bao.vn/lu.jpg", "alt": "b"}},
            {"type": "figure", "image": {"src": "javascript:alert(1)", "alt": "c"}},
            {"type": "figure", "image": {"src": "http://cdn.bao.vn/sau.jpg", "alt": "d"}}
        ]
    }"#;
    let output = run(&["render", "--page", "-"], json.as_bytes());
    let page = text(&output.stdout);
    // As a browser or a crawler parses the page: one script of data in
    // the head, the module's, and no other (the title's `</script>` ends
    // nothing).
    let document = scraper::Html::parse_document(page);
    let scripts: Vec<_> = document
        .select(&scraper::Selector::parse("script").unwrap())
        .map(|script| {
            (
                script.attr("type").unwrap_or_default(),
                script.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(scripts.len(), 2, "{page}");
    assert_eq!(scripts[0].0, "module");
    assert_eq!(scripts[1].0, "application/ld+json");
    let data: serde_json::Value = serde_json::from_str(&scripts[1].1).expect("the data is JSON");
    assert_eq!(
        data,
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lũ </script><script>window.__pwned = 1</script> về",
            "description": "Mưa <!-- kéo dài & lũ lên.",
            "inLanguage": "vi",
            "image": ["https://cdn.bao.vn/lu.jpg", "http://cdn.bao.vn/sau.jpg"],
            "datePublished": "2024-09-10T08:00:00+07:00",
            "dateModified": "2024-09-10T09:30:00+07:00",
            "author": [
                {"@type": "Person", "name": "Minh Anh"},
                {"@type": "Person", "name": "Quốc Huy"}
            ],
            "locationCreated": {"@type": "Place", "name": "Hà Nội"},
            "creditText": "(Theo TTXVN)"
        })
    );
    // Nothing optional is written empty.
    let output = run(&["render", "--page", "-"], br#"{"title": "T", "blocks": []}"#);
    let page = text(&output.stdout);
    let start = page
        .find(r#"<script type="application/ld+json">"#)
        .expect("structured data");
    let data = &page[start..];
    assert_eq!(
        &data[..data.find('\n').unwrap()],
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"T","inLanguage":"vi"}</script>"#
    );
}

#[test]
fn render_out_writes_every_article_and_reports_the_broken_one_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("hong.json");
    std::fs::write(&broken, r#"{"title": "T", "blocks": ["#).unwrap();
    let out = dir.path().join("site");
    let output = run(
        &[
            "render",
            "--page",
            "--out",
            out.to_str().unwrap(),
            "www/articles/seed.json",
            broken.to_str().unwrap(),
            "www/articles/showcase.json",
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "{}: error: 1:26: malformed JSON: EOF while parsing a list",
            broken.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!("rendered 2 of 3 articles into {}\n", out.display())),
        "{stderr}"
    );
    let mut written: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written, ["seed.html", "showcase.html"]);
    let single = run(&["render", "--page", "www/articles/showcase.json"], b"");
    assert_eq!(std::fs::read(out.join("showcase.html")).unwrap(), single.stdout);
}

#[test]
fn render_refuses_several_files_without_out_and_two_files_with_one_name() {
    let output = run(
        &["render", "www/articles/seed.json", "www/articles/showcase.json"],
        b"",
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "vn-article: several files are rendered with --out DIR\n"
    );

    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("seed.json");
    std::fs::copy("www/articles/seed.json", &other).unwrap();
    let out = dir.path().join("site");
    let output = run(
        &[
            "render",
            "--out",
            out.to_str().unwrap(),
            "www/articles/seed.json",
            other.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("would both be written to"),
        "{}",
        text(&output.stderr)
    );
    assert!(!out.exists(), "nothing is written when the names clash");
}

#[test]
fn render_page_reads_within_the_limits_of_the_options() {
    let json = br#"{"title": "T", "blocks": [{"type": "paragraph", "text": "a"}, {"type": "paragraph", "text": "b"}]}"#;
    let output = run(
        &[
            "render",
            "--page",
            "--options",
            r#"{"limits": {"maxBlocks": 1}}"#,
            "-",
        ],
        json,
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "error: blocks: 2 blocks, more than 1 (limits.maxBlocks); nothing is read\n"
    );
    assert_eq!(text(&output.stdout), "");
}

#[test]
fn a_byte_order_mark_before_the_input_is_not_part_of_it() {
    let output = run(&["check", "-"], b"\xEF\xBB\xBF{\"title\": \"T\", \"blocks\": []}");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let output = run(
        &["ingest", "-"],
        "\u{feff}Hội nghị tổng kết\nHội nghị đã thông qua nghị quyết.\n".as_bytes(),
    );
    assert!(
        text(&output.stdout).contains("\"title\": \"Hội nghị tổng kết\""),
        "{}",
        text(&output.stdout)
    );
}
