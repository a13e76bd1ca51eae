//! `billctl tax rate add|list`: tax rates per country (and region), in force from a date.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::tax_rates::{self, NewRate};

#[derive(Debug, Subcommand)]
pub enum TaxCmd {
    /// Tax rates: add, list
    #[command(subcommand)]
    Rate(RateCmd),
}

#[derive(Debug, Subcommand)]
pub enum RateCmd {
    /// Add a rate for a country (or one of its regions), in force from a date
    #[command(after_help = "The rate in force on a day is, per country and region, the one with the latest
valid-from on or before that day. A regional rate beats the country-wide one; EU reverse
charge and tax-exempt accounts are decided before any rate.

Example:\n  billctl tax rate add --country DE --name VAT --rate 19 --valid-from 2026-01-01")]
    Add(AddArgs),
    /// List rates (all, or only those in force on a date)
    #[command(
        after_help = "Examples:\n  billctl tax rate list\n  billctl tax rate list --active-on 2026-07-01 --format csv"
    )]
    List(ListArgs),
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date (YYYY-MM-DD)"))
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Two-letter country code (DE, US)
    #[arg(long)]
    pub country: String,
    /// Region (state, province) code; omit for the whole country
    #[arg(long)]
    pub region: Option<String>,
    /// Name printed on invoices (VAT, Sales tax)
    #[arg(long)]
    pub name: String,
    /// Rate in percent: 19 means 19 % (0 ≤ rate < 100, up to 4 decimals)
    #[arg(long, allow_negative_numbers = true)]
    pub rate: String,
    /// First day the rate applies (default: today)
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub valid_from: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the rates in force on this date (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub active_on: Option<NaiveDate>,
    /// Include archived rates
    #[arg(long, conflicts_with = "active_on")]
    pub archived: bool,
}

pub async fn run(ctx: &Ctx, cmd: TaxCmd) -> Result<ExitCode> {
    let TaxCmd::Rate(cmd) = cmd;
    match cmd {
        RateCmd::Add(a) => {
            let input =
                NewRate { country: a.country, region: a.region, name: a.name, rate: a.rate, valid_from: a.valid_from };
            let r = tax_rates::add(&ctx.app().await?, &input).await?;
            ctx.out.one(&r)?;
            let place = if r.region.is_empty() { r.country.clone() } else { format!("{}-{}", r.country, r.region) };
            ctx.out.success(format!(
                "added {} {} % for {place} from {} ({})",
                r.name,
                r.to_domain().percent(),
                r.valid_from,
                r.id
            ));
        }
        RateCmd::List(a) => {
            let rows = tax_rates::list(&ctx.app().await?, a.active_on, a.archived).await?;
            ctx.out.list(&rows)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
