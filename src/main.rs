use std::io;
use std::process::ExitCode;

/// Exit codes: 0 when the command did its job (a search with no hit included), 2 when it could
/// not (bad flag or query, missing or locked index). Clap uses 2 for usage errors too.
fn main() -> ExitCode {
    match veille::cli::run() {
        Ok(code) => code,
        Err(err) => {
            // `veille search … | head` closes the pipe early: that is not an error.
            let broken_pipe = err
                .chain()
                .filter_map(|cause| cause.downcast_ref::<io::Error>())
                .any(|e| e.kind() == io::ErrorKind::BrokenPipe);
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("veille: {err:#}");
            ExitCode::from(2)
        }
    }
}
