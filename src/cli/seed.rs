//! `billctl seed` (being built).

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::Ctx;

#[derive(Debug, Args)]
pub struct SeedArgs {}

pub async fn run(_ctx: &Ctx, _args: SeedArgs) -> Result<ExitCode> {
    Err(crate::error::usage("not built yet").into())
}
