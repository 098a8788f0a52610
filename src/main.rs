//! The `fieldref` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    fieldref::cli::main()
}
