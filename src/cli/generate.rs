//! Hidden `billctl generate completions|man`: the files committed under completions/ and man/.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{CommandFactory, Subcommand};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Subcommand)]
pub enum GenerateCmd {
    /// Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR
    Completions {
        #[arg(long, default_value = "completions")]
        out_dir: PathBuf,
    },
    /// Write man pages (one per command) into DIR
    Man {
        #[arg(long, default_value = "man")]
        out_dir: PathBuf,
    },
}

pub fn run(cmd: GenerateCmd) -> Result<ExitCode> {
    match cmd {
        GenerateCmd::Completions { out_dir } => write_completions(&out_dir)?,
        GenerateCmd::Man { out_dir } => write_man(&out_dir)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `billctl completions SHELL`: the completion script on stdout, as most CLIs do.
#[derive(Debug, clap::Args)]
#[command(after_help = "Install:\n  \
    bash:  billctl completions bash > ~/.local/share/bash-completion/completions/billctl\n  \
    zsh:   billctl completions zsh > ~/.zfunc/_billctl   (with fpath+=~/.zfunc before compinit)\n  \
    fish:  billctl completions fish > ~/.config/fish/completions/billctl.fish\n  \
    PowerShell: billctl completions powershell >> $PROFILE\n\n\
Man pages ship in the repository's man/ folder: copy them to ~/.local/share/man/man1/ (or\n\
/usr/local/share/man/man1/) and run `man billctl`.\n\n\
Examples:\n  billctl completions bash > ~/.local/share/bash-completion/completions/billctl\n  \
billctl completions zsh > ~/.zfunc/_billctl")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn print_completions(args: CompletionsArgs) -> Result<ExitCode> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "billctl", &mut out);
    use std::io::Write as _;
    std::io::stdout().lock().write_all(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn write_completions(dir: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
        let mut cmd = Cli::command();
        clap_complete::generate_to(shell, &mut cmd, "billctl", dir).context("cannot write completions")?;
    }
    Ok(())
}

pub fn write_man(dir: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(Cli::command(), dir).context("cannot write man pages")?;
    Ok(())
}
