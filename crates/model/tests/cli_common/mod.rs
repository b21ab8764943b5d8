//! Running the `crisis-plan` command in the command-line test files.

use std::io::Write;
use std::process::{Command, Stdio};

/// Run `crisis-plan` with arguments and, when given, text on its standard input: its exit code,
/// standard output and standard error.
pub fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crisis-plan"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn crisis-plan");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        // a refused input may close the pipe before all of it is written; what the command
        // says is in its exit code and output
        let _ = pipe.write_all(text.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
