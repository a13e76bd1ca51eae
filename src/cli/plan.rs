//! `billctl plan …` (being built).

use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// List
    List,
}

pub async fn run(_ctx: &Ctx, _cmd: PlanCmd) -> Result<ExitCode> {
    Err(crate::error::usage("not built yet").into())
}
