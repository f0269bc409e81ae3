//! `exec-summary`: validate summary documents and render them to static HTML.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Args, Parser, Subcommand, ValueEnum};
use exec_summary::import::{import, Format, ImportOptions};
use exec_summary::model::{parse, parse_value, Problem};
use exec_summary::options::{check, resolve, Kind, OptionSpec, Surface, OPTIONS};
use exec_summary::render::batch::{plan, render_batch, Outcome};
use exec_summary::render::{render_page, Input, PageOptions, Stylesheet};
use exec_summary::schema::json_schema_text;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

/// mimalloc instead of glibc's allocator: Yew's server renderer allocates for every node, and a
/// batch render spent a quarter of its CPU time in `malloc` and `free`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Render a document's card as an HTML snippet (or page) on stdout, or many documents into a
    /// directory with --out-dir (works without JavaScript).
    Render(RenderArgs),
    /// Turn plain text or Markdown laid out like an executive summary into a JSON document on
    /// stdout (guesses and placements as warnings on stderr).
    Import(ImportArgs),
    /// Print the JSON Schema (draft 2020-12) of the document contract.
    Schema,
}

#[derive(Args)]
struct ImportArgs {
    /// Text or Markdown file, or `-` for standard input.
    file: PathBuf,
    /// Layout of the input (auto: Markdown if any line starts with `#`).
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    format: InputFormat,
    /// BCP 47 language tag of the text (default `en`).
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Auto,
    Text,
    Markdown,
}

#[derive(Args)]
struct RenderArgs {
    /// JSON file to render, or `-` for standard input; several files need --out-dir.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Write each card to DIR/<file stem>.html, rendering the files in parallel.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// A complete HTML page (title, language, viewport, stylesheet inline unless --css-href,
    /// source document embedded) instead of a snippet.
    #[arg(long)]
    standalone: bool,
    /// Embed the stylesheet in a `<style>` element before the card.
    #[arg(long, conflicts_with = "css_href")]
    inline_css: bool,
    /// Link the stylesheet from this URL with a `<link rel="stylesheet">` before the card.
    #[arg(long, value_name = "URL")]
    css_href: Option<String>,
    /// Add schema.org structured data (JSON-LD) for search engines.
    #[arg(long)]
    jsonld: bool,
    /// The card's options (`src/options.rs`): its flags are built from the option table.
    #[command(flatten)]
    card: CardArgs,
}

/// The card's options as flags, one for each option of [`OPTIONS`] that a static render takes,
/// named by its attribute (`--heading-level`), checked as a page's value would be, but refused
/// instead of warned about.
struct CardArgs {
    /// The options that were given, by name.
    given: Vec<(&'static str, Value)>,
}

impl CardArgs {
    fn specs() -> impl Iterator<Item = &'static OptionSpec> {
        OPTIONS
            .iter()
            .filter(|spec| spec.reach.reaches(Surface::Static))
    }

    fn arg(spec: &'static OptionSpec) -> Arg {
        let arg = Arg::new(spec.name).long(spec.attribute).help(spec.doc);
        match spec.kind {
            Kind::Flag => arg.action(ArgAction::SetTrue),
            Kind::Choice(values) => arg
                .value_name("NAME")
                .value_parser(PossibleValuesParser::new(values)),
            kind => {
                let arg = arg.value_parser(move |text: &str| {
                    check(spec, &Value::from(text)).map(|()| text.to_owned())
                });
                match kind {
                    Kind::Integer { default, .. } => arg
                        .value_name("N")
                        .help(format!("{} [default: {default}]", spec.doc)),
                    Kind::Url => arg.value_name("URL"),
                    Kind::Language => arg.value_name("TAG"),
                    Kind::Strings => arg.value_name("JSON"),
                    _ => arg.value_name("TEXT"),
                }
            }
        }
    }
}

impl clap::FromArgMatches for CardArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let given = Self::specs()
            .filter_map(|spec| match spec.kind {
                Kind::Flag => matches
                    .get_flag(spec.name)
                    .then_some((spec.name, Value::Bool(true))),
                _ => matches
                    .get_one::<String>(spec.name)
                    .map(|text| (spec.name, Value::from(text.as_str()))),
            })
            .collect();
        Ok(Self { given })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Args for CardArgs {
    fn augment_args(command: clap::Command) -> clap::Command {
        Self::specs()
            .fold(command, |command, spec| command.arg(Self::arg(spec)))
            .group(ArgGroup::new("marker").args(["embedData", "dataSrc"]))
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { file } => validate(&file),
        Command::Render(args) => render(&args),
        Command::Import(args) => import_text(&args),
        Command::Schema => write_stdout(&json_schema_text()),
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
    let mut card = resolve(
        args.card.given.iter().map(|(name, value)| (*name, value)),
        Surface::Static,
    );
    // Said once, not once per file; the flags' values were checked by clap already.
    report(&card.warnings);
    card.warnings.clear();
    let stylesheet = match (&args.css_href, args.inline_css || args.standalone) {
        (Some(href), _) => Stylesheet::Link(href.clone()),
        (None, true) => Stylesheet::Inline,
        (None, false) => Stylesheet::None,
    };
    let page = PageOptions {
        card,
        stylesheet,
        standalone: args.standalone,
        json_ld: args.jsonld,
    };
    match (&args.out_dir, args.files.as_slice()) {
        (Some(dir), files) => render_all(files, dir, &page),
        (None, [file]) => render_one(file, &page),
        (None, _) => usage_error("several files need --out-dir DIR"),
    }
}

fn render_one(file: &Path, page: &PageOptions) -> ExitCode {
    let Some(text) = read_input(file) else {
        return ExitCode::from(2);
    };
    let rendered = render_page(Input::Text(&text), page);
    report(&rendered.problems);
    if rendered.ok {
        write_stdout(&rendered.html)
    } else {
        ExitCode::from(1)
    }
}

/// Batch mode: every file rendered into `dir` on all cores; problems are reported per file, in
/// the order the files were named, and the batch always runs to the end.
fn render_all(files: &[PathBuf], dir: &Path, page: &PageOptions) -> ExitCode {
    let jobs = match plan(files, dir) {
        Ok(jobs) => jobs,
        Err(err) => return usage_error(&err.to_string()),
    };
    if let Err(err) = std::fs::create_dir_all(dir) {
        eprintln!("exec-summary: cannot create {}: {err}", dir.display());
        return ExitCode::from(2);
    }
    let started = Instant::now();
    let bar = progress_bar(jobs.len());
    let outcomes = render_batch(&jobs, page, |_, outcome| {
        if outcome.is_failure() {
            bar.set_message("(some files failed)");
        }
        bar.inc(1);
    });
    bar.finish_and_clear();

    let mut stderr = io::stderr().lock();
    let mut failed = 0;
    for (job, outcome) in jobs.iter().zip(&outcomes) {
        let name = job.input.display();
        let problems = match outcome {
            Outcome::Written(warnings) => warnings.as_slice(),
            Outcome::Invalid(problems) => problems.as_slice(),
            Outcome::Failed(message) => {
                let _ = writeln!(stderr, "exec-summary: {message}");
                &[]
            }
        };
        for problem in problems {
            let prefix = if problem.is_error() { "" } else { "warning: " };
            let _ = writeln!(stderr, "{name}: {prefix}{problem}");
        }
        failed += usize::from(outcome.is_failure());
    }
    let total = jobs.len();
    if failed > 0 {
        let _ = writeln!(
            stderr,
            "exec-summary: {failed} of {total} documents were not rendered"
        );
        return ExitCode::from(1);
    }
    if !bar.is_hidden() {
        let seconds = started.elapsed().as_secs_f64();
        let rate = total as f64 / seconds.max(1e-9);
        let _ = writeln!(
            stderr,
            "exec-summary: rendered {total} cards into {} in {seconds:.2} s ({rate:.0} cards/s)",
            dir.display()
        );
    }
    ExitCode::SUCCESS
}

/// A progress bar on a terminal; hidden (no output at all) when stderr is a pipe or a file.
fn progress_bar(len: usize) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template(
        "{bar:32.cyan/blue} {pos}/{len} cards  {elapsed} ({eta} left) {msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(u64::try_from(len).unwrap_or(u64::MAX)).with_style(style)
}

fn import_text(args: &ImportArgs) -> ExitCode {
    let Some(text) = read_input(&args.file) else {
        return ExitCode::from(2);
    };
    let options = ImportOptions {
        format: match args.format {
            InputFormat::Auto => Format::Auto,
            InputFormat::Text => Format::Text,
            InputFormat::Markdown => Format::Markdown,
        },
        lang: args.lang.clone(),
    };
    let imported = import(&text, &options);
    {
        let mut stderr = io::stderr().lock();
        for warning in &imported.warnings {
            let _ = writeln!(stderr, "warning: {warning}");
        }
    }
    let problems = parse_value(&imported.document).err();
    let mut json = match serde_json::to_string_pretty(&imported.document) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("exec-summary: cannot write the document: {err}");
            return ExitCode::from(1);
        }
    };
    json.push('\n');
    let written = write_stdout(&json);
    match problems {
        Some(problems) => {
            eprintln!("exec-summary: the imported document is not valid yet:");
            report(&problems);
            ExitCode::from(1)
        }
        None => written,
    }
}

fn write_stdout(text: &str) -> ExitCode {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("exec-summary: cannot write the output: {err}");
            ExitCode::from(1)
        }
    }
}

/// A usage problem clap cannot see, reported the way clap reports its own.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\nFor more information, try '--help'.");
    ExitCode::from(2)
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
