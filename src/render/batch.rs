//! Many documents rendered into one directory in parallel on every core, one HTML file each, for
//! static-site generators and publishers' archives.
//!
//! Yew's server renderer is not `Send`, so each document is rendered start to finish on the
//! worker thread that picked it up, with that thread's own current-thread runtime.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::page::{render_page, PageOptions};
use super::Input;
use crate::model::Problem;

/// One input file and the file its card is written to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// The JSON document.
    pub input: PathBuf,
    /// `DIR/<input stem>.html`.
    pub output: PathBuf,
}

/// What happened to one file.
#[derive(Debug)]
pub enum Outcome {
    /// The card was written; the document's warnings, if any.
    Written(Vec<Problem>),
    /// The document is invalid: every problem, errors and warnings; nothing was written.
    Invalid(Vec<Problem>),
    /// The input could not be read, or the output could not be written.
    Failed(String),
}

impl Outcome {
    /// True unless the card was written.
    pub fn is_failure(&self) -> bool {
        !matches!(self, Outcome::Written(_))
    }
}

/// Why a batch cannot start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError(String);

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PlanError {}

/// Pairs every input with its output, `DIR/<stem>.html`; refuses standard input and two inputs
/// that would write the same file.
pub fn plan(inputs: &[PathBuf], out_dir: &Path) -> Result<Vec<Job>, PlanError> {
    let mut claimed: HashMap<PathBuf, &Path> = HashMap::new();
    let mut jobs = Vec::with_capacity(inputs.len());
    for input in inputs {
        if input.as_os_str() == "-" {
            return Err(PlanError(
                "standard input (`-`) cannot be rendered with --out-dir: name the files".to_owned(),
            ));
        }
        let Some(stem) = input.file_stem() else {
            return Err(PlanError(format!("{} is not a file name", input.display())));
        };
        let mut name = stem.to_os_string();
        name.push(".html");
        let output = out_dir.join(name);
        if let Some(first) = claimed.insert(output.clone(), input) {
            return Err(PlanError(format!(
                "{} and {} would both be written to {}",
                first.display(),
                input.display(),
                output.display()
            )));
        }
        jobs.push(Job {
            input: input.clone(),
            output,
        });
    }
    Ok(jobs)
}

/// Renders every job on all cores and returns the outcomes in job order; `on_done` is called as
/// each file finishes (from any worker thread), e.g. to advance a progress bar.
pub fn render_batch<F>(jobs: &[Job], options: &PageOptions, on_done: F) -> Vec<Outcome>
where
    F: Fn(&Job, &Outcome) + Sync,
{
    jobs.par_iter()
        .map(|job| {
            let outcome = render_job(job, options);
            on_done(job, &outcome);
            outcome
        })
        .collect()
}

fn render_job(job: &Job, options: &PageOptions) -> Outcome {
    let text = match read_text(&job.input) {
        Ok(text) => text,
        Err(message) => return Outcome::Failed(message),
    };
    let rendered = render_page(Input::Text(&text), options);
    if !rendered.ok {
        return Outcome::Invalid(rendered.problems);
    }
    match std::fs::write(&job.output, rendered.html) {
        Ok(()) => Outcome::Written(rendered.problems),
        Err(err) => Outcome::Failed(format!("cannot write {}: {err}", job.output.display())),
    }
}

/// The file as UTF-8 text, or the message `exec-summary` prints when it cannot be.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    String::from_utf8(bytes).map_err(|err| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            err.utf8_error().valid_up_to()
        )
    })
}
