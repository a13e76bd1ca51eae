//! `billctl config show|init`.

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use super::Ctx;
use crate::config::TEMPLATE;

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Print the effective configuration and where each value comes from (secrets redacted)
    #[command(after_help = "Examples:\n  billctl config show\n  billctl config show --format json")]
    Show,
    /// Write a commented config.toml template (refuses to overwrite an existing file)
    #[command(after_help = "Examples:\n  billctl config init\n  billctl config init --print > billctl.toml")]
    Init {
        /// Print the template to stdout instead of writing the file
        #[arg(long)]
        print: bool,
    },
}

pub async fn run(ctx: &Ctx, cmd: ConfigCmd) -> Result<ExitCode> {
    match cmd {
        ConfigCmd::Show => {
            let rows = ctx.cfg.shown();
            let table: Vec<Vec<String>> =
                rows.iter().map(|r| vec![r.key.to_string(), r.value.clone(), r.source.clone()]).collect();
            ctx.out.value(&rows, &["key", "value", "source"], table)?;
        }
        ConfigCmd::Init { print } => {
            if print {
                ctx.out.text(TEMPLATE)?;
                return Ok(ExitCode::SUCCESS);
            }
            let path = &ctx.cfg.config_path;
            if path.exists() {
                return Err(crate::error::conflict(format!("{} already exists", path.display()))
                    .hint("edit it, or use `billctl config init --print` to see the template")
                    .into());
            }
            crate::config::write_template(path).with_context(|| format!("cannot write {}", path.display()))?;
            ctx.out.success(format!("wrote {} (mode 0600: it is where secrets go)", path.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
