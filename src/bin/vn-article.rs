//! `vn-article`: ingest scraped text, render and check article JSON,
//! normalise text and find the documents it cites.
//!
//! Exit status: 0 when all is well, 1 when the input has problems (each one
//! on stderr), 2 when the command itself cannot run (usage, unreadable
//! file).

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use vn_article::citation::{self, OffsetUnit};
use vn_article::normalize::{Legacy, NormalizeOptions, ToneStyle};
use vn_article::{Error, RenderOptions, Severity};

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
    /// Render article JSON to the HTML fragment the browser gets.
    Render {
        /// The article JSON file, or `-` for standard input.
        file: PathBuf,
        /// Rendering options as JSON, the same object JavaScript passes,
        /// e.g. '{"lang": "en"}'.
        #[arg(long, value_name = "JSON")]
        options: Option<String>,
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
        /// The legacy encoding of the text: auto (TCVN3 or VNI when
        /// certain), off, viqr, tcvn3 or vni.
        #[arg(long, value_name = "ENCODING", default_value = "auto")]
        legacy: Legacy,
        /// Leave quotes, spaces and invisible characters alone.
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
        Command::Render { file, options } => {
            let json = read_input(&file)?;
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
            match vn_article::render_json(&json, &options) {
                Ok(rendered) => {
                    report(&rendered.warnings);
                    write_stdout(&rendered.html)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    report(&problems);
                    Ok(ExitCode::FAILURE)
                }
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

/// Each problem on its own line of stderr: `error: blocks[3]…: …`.
fn report(problems: &[Error]) {
    let mut stderr = io::stderr().lock();
    for problem in problems {
        // Nothing sensible is left to do when stderr itself is gone.
        let _ = writeln!(stderr, "{}: {problem}", problem.severity());
    }
}

fn read_input(file: &PathBuf) -> Result<String, String> {
    let (name, bytes) = if file.as_os_str() == "-" {
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
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // Valid up to here by definition, so this cannot fail.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        format!("{name}: {line}:{column}: not UTF-8 text (legacy encodings such as TCVN3 or VNI must be converted first)")
    })
}

fn write_stdout(text: &str) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|error| format!("cannot write standard output: {error}"))
}
