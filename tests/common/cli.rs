//! Running the `exec-summary` binary from tests: arguments in, exit code and output back.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the binary in the crate directory with `args`, feeding `stdin` (empty when `None`).
pub fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_exec-summary"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start exec-summary");
    let mut pipe = child.stdin.take().expect("stdin pipe");
    let input = stdin.unwrap_or("").to_owned();
    // Written from a thread so a child that fills its stdout first cannot deadlock the test.
    let writer = std::thread::spawn(move || {
        // The child may exit without reading (usage errors): a broken pipe is fine then.
        let _ = pipe.write_all(input.as_bytes());
    });
    let output = child.wait_with_output().expect("wait for exec-summary");
    writer.join().expect("stdin writer");
    output
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// A fresh, empty scratch directory of its own under Cargo's directory for integration tests.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the scratch directory");
    }
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    dir
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
