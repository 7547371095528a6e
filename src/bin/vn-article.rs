//! `vn-article`: ingest scraped text, render and check article JSON,
//! normalise text and find the documents it cites.
//!
//! Exit status: 0 when all is well, 1 when the input has problems (each one
//! on stderr), 2 when the command itself cannot run (usage, unreadable
//! file).

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::{Parser, Subcommand};
use vn_article::citation::{self, OffsetUnit};
use vn_article::normalize::{Legacy, NormalizeOptions, ToneStyle};
use vn_article::render::{PageAssets, render_page_json};
use vn_article::{Error, RenderOptions, Rendered, Severity};

#[derive(Parser)]
#[command(
    name = "vn-article",
    version,
    about = "Vietnamese news articles: scraped text → article JSON → HTML"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read scraped article text (a title line, a dateline, paragraphs…) and
    /// print it as article JSON.
    Ingest {
        /// The text file, or `-` for standard input.
        file: PathBuf,
    },
    /// Render article JSON to the HTML fragment the browser gets, or to a
    /// whole static page; with --out, many articles at once.
    Render {
        /// The article JSON files (`-`: standard input). Without --out,
        /// exactly one, written to standard output.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Rendering options as JSON, the same object JavaScript passes,
        /// e.g. '{"lang": "en"}'.
        #[arg(long, value_name = "JSON")]
        options: Option<String>,
        /// Write a complete HTML page around the article: doctype, title,
        /// stylesheet, the host module, the article inside <vn-article>.
        #[arg(long)]
        page: bool,
        /// Where pages load vn-article.js and vn-article.css from: a URL
        /// prefix such as `/assets/vn-article` (default: the page's folder).
        #[arg(long, value_name = "URL", default_value = ".", requires = "page")]
        assets: String,
        /// Render every FILE into DIR as DIR/<name>.html, in parallel; a
        /// file with problems is reported and the others are still written.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Find the legal and Party documents cited in text from standard input
    /// and print them as a JSON array (offsets in Unicode scalar values).
    Cite,
    /// Check article JSON: exit 0 when it is valid, otherwise print every
    /// problem with its JSON path and exit 1.
    Check {
        /// The article JSON file, or `-` for standard input.
        file: PathBuf,
    },
    /// Normalise Vietnamese text from standard input: composition, tone
    /// marks, typography, legacy encodings.
    Normalize {
        /// Where tone marks go in open oa/oe/uy: auto, traditional (hòa),
        /// modern (hoà) or keep.
        #[arg(long, value_name = "STYLE", default_value = "auto")]
        tone_style: ToneStyle,
        /// The legacy encoding of the text: auto (TCVN3, VNI, VIQR or UTF-8
        /// read as Windows-1252, when certain), off, viqr, tcvn3 or vni.
        #[arg(long, value_name = "ENCODING", default_value = "auto")]
        legacy: Legacy,
        /// Leave quotes, spaces, invisible characters and look-alike symbols alone.
        #[arg(long)]
        no_typography: bool,
        /// Print the changes as a JSON array (UTF-8 byte offsets into the
        /// input) instead of the text.
        #[arg(long)]
        changes: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("vn-article: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Ingest { file } => {
            let text = read_input(&file)?;
            match vn_article::ingest(&text) {
                Ok(ingested) => {
                    report(&ingested.warnings);
                    let json = serde_json::to_string_pretty(&ingested.article)
                        .map_err(|error| format!("cannot write JSON: {error}"))?;
                    write_stdout(&(json + "\n"))?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => {
                    report(&[error]);
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Render {
            files,
            options,
            page,
            assets,
            out,
        } => {
            let options = match options {
                Some(options) => match RenderOptions::from_json(&options) {
                    Ok(options) => options,
                    Err(error) => {
                        report(&[error]);
                        return Ok(ExitCode::FAILURE);
                    }
                },
                None => RenderOptions::default(),
            };
            let page = page.then(|| PageAssets::new(&assets));
            match (out, files.as_slice()) {
                (Some(out), _) => render_many(&files, &out, &options, page.as_ref()),
                (None, [file]) => match render_one(&read_input(file)?, &options, page.as_ref()) {
                    Ok(rendered) => {
                        report(&rendered.warnings);
                        write_stdout(&rendered.html)?;
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(problems) => {
                        report(&problems);
                        Ok(ExitCode::FAILURE)
                    }
                },
                (None, _) => Err("several files are rendered with --out DIR".to_owned()),
            }
        }
        Command::Normalize {
            tone_style,
            legacy,
            no_typography,
            changes,
        } => {
            let text = read_input(&PathBuf::from("-"))?;
            let options = NormalizeOptions::new(tone_style, !no_typography, legacy);
            let normalized = vn_article::normalize_text(&text, &options);
            if changes {
                let json = serde_json::to_string_pretty(&normalized.changes)
                    .map_err(|error| format!("cannot write JSON: {error}"))?;
                write_stdout(&(json + "\n"))?;
            } else {
                write_stdout(&normalized.text)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Cite => {
            let text = read_input(&PathBuf::from("-"))?;
            let citations = vn_article::find_citations(&text);
            let records = citation::records(&text, &citations, OffsetUnit::Chars);
            let json = serde_json::to_string_pretty(&records)
                .map_err(|error| format!("cannot write JSON: {error}"))?;
            write_stdout(&(json + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { file } => {
            let problems = vn_article::check(&read_input(&file)?);
            report(&problems);
            let valid = problems
                .iter()
                .all(|problem| problem.severity() == Severity::Warning);
            Ok(if valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

/// The fragment, or with `page` the whole page, of one article.
fn render_one(
    json: &str,
    options: &RenderOptions,
    page: Option<&PageAssets>,
) -> Result<Rendered, Vec<Error>> {
    match page {
        None => vn_article::render_json(json, options),
        Some(assets) => render_page_json(json, options, assets),
    }
}

/// What became of one file of `render --out`.
enum Outcome {
    Written(Vec<Error>),
    Problems(Vec<Error>),
    Failed(String),
}

/// Renders `files` into `out`, one thread per core taking the next file as
/// it finishes one (articles differ a lot in length). By hand with scoped
/// threads: one loop over an atomic index needs no thread-pool crate.
fn render_many(
    files: &[PathBuf],
    out: &Path,
    options: &RenderOptions,
    page: Option<&PageAssets>,
) -> Result<ExitCode, String> {
    let mut jobs = Vec::with_capacity(files.len());
    let mut targets = BTreeMap::new();
    for file in files {
        let target =
            target(out, file).ok_or_else(|| format!("{}: --out needs files with names", file.display()))?;
        jobs.push((file, target.clone()));
        if let Some(earlier) = targets.insert(target.clone(), file) {
            return Err(format!(
                "{} and {} would both be written to {}",
                earlier.display(),
                file.display(),
                target.display()
            ));
        }
    }
    std::fs::create_dir_all(out).map_err(|error| format!("cannot create {}: {error}", out.display()))?;

    let next = AtomicUsize::new(0);
    let render = |(file, target): &(&PathBuf, PathBuf)| {
        let json = match read_input(file) {
            Ok(json) => json,
            Err(message) => return Outcome::Failed(message),
        };
        match render_one(&json, options, page) {
            Ok(rendered) => match std::fs::write(target, rendered.html) {
                Ok(()) => Outcome::Written(rendered.warnings),
                Err(error) => Outcome::Failed(format!("cannot write {}: {error}", target.display())),
            },
            Err(problems) => Outcome::Problems(problems),
        }
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len());
    let mut outcomes: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(index) else { break done };
                        done.push((index, render(job)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    outcomes.sort_by_key(|(index, _)| *index);

    let mut stderr = io::stderr().lock();
    let mut failed = 0;
    for (index, outcome) in &outcomes {
        let name = files[*index].display();
        let problems = match outcome {
            Outcome::Written(warnings) => warnings,
            Outcome::Problems(problems) => {
                failed += 1;
                problems
            }
            Outcome::Failed(message) => {
                failed += 1;
                let _ = writeln!(stderr, "error: {message}");
                continue;
            }
        };
        for problem in problems {
            let _ = writeln!(stderr, "{name}: {}: {problem}", problem.severity());
        }
    }
    let _ = writeln!(
        stderr,
        "rendered {} of {} articles into {}",
        files.len() - failed,
        files.len(),
        out.display()
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `DIR/<name>.html` for `<name>.json` (`a.b.json` → `a.b.html`).
fn target(out: &Path, file: &Path) -> Option<PathBuf> {
    let mut name = file.file_stem().filter(|_| file.as_os_str() != "-")?.to_owned();
    name.push(".html");
    Some(out.join(name))
}

/// Each problem on its own line of stderr: `error: blocks[3]…: …`.
fn report(problems: &[Error]) {
    let mut stderr = io::stderr().lock();
    for problem in problems {
        // Nothing sensible is left to do when stderr itself is gone.
        let _ = writeln!(stderr, "{}: {problem}", problem.severity());
    }
}

fn read_input(file: &PathBuf) -> Result<String, String> {
    let (name, mut bytes) = if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        ("standard input".to_owned(), bytes)
    } else {
        let bytes =
            std::fs::read(file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
        (file.display().to_string(), bytes)
    };
    // A byte-order mark (Notepad's "UTF-8 with BOM") says how the file is
    // encoded; it is not part of the text or the JSON.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // Valid up to here by definition, so this cannot fail.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        format!("{name}: {line}:{column}: not UTF-8 text (legacy encodings such as TCVN3 or VNI must be converted first)")
    })
}

/// Writes the command's output. A reader that stopped reading
/// (`vn-article render a.json | head`) ends the command quietly, as it
/// ends `cat`: nothing is left to do, and nothing went wrong.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        written => written.map_err(|error| format!("cannot write standard output: {error}")),
    }
}
