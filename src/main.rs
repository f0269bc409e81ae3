//! `exec-summary`: validate summary documents and render them to static HTML.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use exec_summary::model::{parse, Problem};
use exec_summary::render::{render_card, RenderOptions, STYLESHEET};

/// Validate executive-summary JSON documents and render them as static HTML cards.
#[derive(Parser)]
#[command(name = "exec-summary", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a document against the contract: exit 0 if valid, 1 if not (problems on stderr).
    Validate {
        /// JSON file to check, or `-` for standard input.
        file: PathBuf,
    },
    /// Render a document's card as an HTML snippet on stdout (works without JavaScript).
    Render(RenderArgs),
}

#[derive(Args)]
struct RenderArgs {
    /// JSON file to render, or `-` for standard input.
    file: PathBuf,
    /// Embed the stylesheet in a `<style>` element before the card.
    #[arg(long, conflicts_with = "css_href")]
    inline_css: bool,
    /// Link the stylesheet from this URL with a `<link rel="stylesheet">` before the card.
    #[arg(long, value_name = "URL")]
    css_href: Option<String>,
    /// Heading level of the card's title (2–6).
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(2..=6))]
    heading_level: u8,
    /// Prefix for the card's element ids (default: derived from the title).
    #[arg(long, default_value = "")]
    id_prefix: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { file } => validate(&file),
        Command::Render(args) => render(&args),
    }
}

fn validate(file: &Path) -> ExitCode {
    let Some(text) = read_input(file) else {
        return ExitCode::from(2);
    };
    match parse(&text) {
        Ok(parsed) => {
            report(&parsed.warnings);
            println!("{}: valid", display_name(file));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            report(&problems);
            ExitCode::from(1)
        }
    }
}

fn render(args: &RenderArgs) -> ExitCode {
    let Some(text) = read_input(&args.file) else {
        return ExitCode::from(2);
    };
    let parsed = match parse(&text) {
        Ok(parsed) => parsed,
        Err(problems) => {
            report(&problems);
            return ExitCode::from(1);
        }
    };
    report(&parsed.warnings);
    let options = RenderOptions {
        heading_level: args.heading_level,
        id_prefix: args.id_prefix.clone(),
        ..RenderOptions::default()
    };
    let card = match render_card(parsed.document, &options) {
        Ok(card) => card,
        Err(err) => {
            eprintln!("exec-summary: cannot start the renderer: {err}");
            return ExitCode::from(1);
        }
    };
    let mut out = String::with_capacity(card.len() + STYLESHEET.len() + 64);
    if args.inline_css {
        out.push_str("<style>\n");
        out.push_str(STYLESHEET);
        out.push_str("</style>\n");
    } else if let Some(href) = &args.css_href {
        out.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{}\">\n",
            escape_attribute(href)
        ));
    }
    out.push_str(&card);
    out.push('\n');
    match io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("exec-summary: cannot write the output: {err}");
            ExitCode::from(1)
        }
    }
}

/// Prints problems one per line: errors as `path: message`, warnings prefixed with `warning: `.
fn report(problems: &[Problem]) {
    let mut stderr = io::stderr().lock();
    for problem in problems {
        let prefix = if problem.is_error() { "" } else { "warning: " };
        // Nothing useful can be done if stderr itself is gone.
        let _ = writeln!(stderr, "{prefix}{problem}");
    }
}

fn read_input(file: &Path) -> Option<String> {
    let mut bytes = Vec::new();
    let result = if file == Path::new("-") {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(file).map(|b| bytes = b)
    };
    if let Err(err) = result {
        eprintln!("exec-summary: cannot read {}: {err}", display_name(file));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            eprintln!(
                "exec-summary: {} is not UTF-8 text (invalid byte at offset {})",
                display_name(file),
                err.utf8_error().valid_up_to()
            );
            None
        }
    }
}

fn display_name(file: &Path) -> String {
    if file == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        file.display().to_string()
    }
}

fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
