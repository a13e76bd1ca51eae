use std::process::ExitCode;

fn main() -> ExitCode {
    billctl::main_entry()
}
