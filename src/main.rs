//! The `promptwarden` command: the same engine as the extension, for
//! security teams testing a policy and for scanning files in CI.

mod cli;

fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}
