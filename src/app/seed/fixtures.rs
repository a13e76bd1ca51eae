//! Deterministic fixture rows: account `i` of seed `S`, its subscription and its usage.
//!
//! Everything about account `i` comes from its own ChaCha8 stream (key from `S`, stream `i`), the
//! command clock and the start date, never from `N` or from the other accounts. So the same
//! `(S, i)` always yields the same rows, a larger `N` extends a smaller one, and missing accounts
//! can be generated alone.
//!
//! Ids are `make_id(kind, now_ms, r)` with the 80 random bits laid out as
//! `salt (20 bits, from S) | i (28 bits) | random (32 bits)`: ids of one run sort by `i`, so the
//! primary-key indexes grow at their right edge (much faster bulk loads), and runs with different
//! seeds at the same instant do not collide.

use chrono::{DateTime, Days, NaiveDate, SecondsFormat, Utc};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::catalog::{API_METRIC, Charge, SeedPlan};
use crate::domain::ids::{IdKind, make_id};
use crate::domain::period::{local_midnight_utc, period_start};
use crate::store::seed::{AccountRow, Batch, SubscriptionRow, UsageRow};

/// Largest number of accounts one seed can hold (the index has 28 bits in the id).
pub const MAX_ACCOUNTS: u64 = 1 << 28;
/// Largest number of usage events per metered subscription (14 bits in the id).
pub const MAX_USAGE_EVENTS: u32 = 1 << 14;
/// Subscriptions start on one of this many consecutive days from the start date.
pub const START_SPREAD_DAYS: u64 = 7;

/// (currency, country, IANA time zone, city, postal code prefix)
const PROFILES: &[(&str, &str, &str, &str, &str)] = &[
    ("EUR", "DE", "Europe/Berlin", "Berlin", "10"),
    ("EUR", "FR", "Europe/Paris", "Paris", "75"),
    ("EUR", "NL", "Europe/Amsterdam", "Amsterdam", "10"),
    ("EUR", "ES", "Europe/Madrid", "Madrid", "28"),
    ("EUR", "IE", "Europe/Dublin", "Dublin", "D0"),
    ("EUR", "PT", "Europe/Lisbon", "Lisbon", "11"),
    ("USD", "US", "America/New_York", "New York", "100"),
    ("USD", "US", "America/Chicago", "Chicago", "606"),
    ("USD", "US", "America/Los_Angeles", "San Francisco", "941"),
    ("USD", "US", "Pacific/Honolulu", "Honolulu", "968"),
    ("USD", "CA", "America/St_Johns", "St. John's", "A1"),
    ("USD", "NZ", "Pacific/Auckland", "Auckland", "10"),
    ("GBP", "GB", "Europe/London", "London", "EC"),
    ("GBP", "GB", "Europe/London", "Manchester", "M"),
    ("JPY", "JP", "Asia/Tokyo", "Tokyo", "100"),
    ("JPY", "JP", "Asia/Tokyo", "Osaka", "530"),
    ("KWD", "KW", "Asia/Kuwait", "Kuwait City", "1"),
];

const FIRST: &[&str] = &["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Niklaus"];
const LAST: &[&str] = &["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman"];
const WORDS: &[&str] = &["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne"];
const SUFFIX: &[&str] = &["GmbH", "SAS", "B.V.", "Ltd", "Inc.", "KK", "LLC", "S.L."];
const STREETS: &[&str] = &["Main Street", "Market Square", "Station Road", "Harbour Way", "Park Lane", "Mill Lane"];
const DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];

/// Plan mix by weight, in catalog order: basic, team, api, annual, trial (out of 100).
const PLAN_WEIGHTS: [u64; 5] = [30, 25, 15, 10, 20];

/// A uniform-enough pick in `0..n` (multiply-shift; the bias is irrelevant for fixtures).
fn below(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    ((u128::from(rng.next_u64()) * u128::from(n)) >> 64) as u64
}

fn pick<'a>(rng: &mut ChaCha8Rng, items: &[&'a str]) -> &'a str {
    items[below(rng, items.len() as u64) as usize]
}

/// Everything shared by all rows of one run.
pub struct Generator {
    seed: u64,
    key: ChaCha8Rng,
    salt: u128,
    now: DateTime<Utc>,
    now_ms: u64,
    now_text: String,
    metadata: String,
    start_date: NaiveDate,
    plans: Vec<SeedPlan>,
    usage_events: u32,
}

impl Generator {
    pub fn new(seed: u64, now: DateTime<Utc>, start_date: NaiveDate, plans: Vec<SeedPlan>, usage_events: u32) -> Self {
        let key = ChaCha8Rng::seed_from_u64(seed);
        let mut salt_rng = key.clone();
        salt_rng.set_stream(u64::MAX);
        let salt = u128::from(salt_rng.next_u32() >> 12);
        Generator {
            seed,
            key,
            salt,
            now,
            now_ms: now.timestamp_millis().max(0) as u64,
            now_text: now.to_rfc3339_opts(SecondsFormat::Micros, true),
            metadata: format!("{{\"seed\": \"{seed}\"}}"),
            start_date,
            plans,
            usage_events: usage_events.min(MAX_USAGE_EVENTS - 1),
        }
    }

    fn id(&self, kind: IdKind, i: u64, low: u32) -> String {
        let random = self.salt << 60 | u128::from(i % MAX_ACCOUNTS) << 32 | u128::from(low);
        make_id(kind, self.now_ms, random)
    }

    /// Adds account `i`, its subscription, its `created` history row (id `history_id`) and its
    /// usage to `batch`.
    pub fn push(&self, i: u64, history_id: i64, batch: &mut Batch) {
        let mut rng = self.key.clone();
        rng.set_stream(i);
        let (currency, country, timezone, city, postal) = PROFILES[below(&mut rng, PROFILES.len() as u64) as usize];
        let is_business = below(&mut rng, 10) < 6;
        let name = if is_business {
            format!("{} {} {}", pick(&mut rng, WORDS), pick(&mut rng, LAST), pick(&mut rng, SUFFIX))
        } else {
            format!("{} {}", pick(&mut rng, FIRST), pick(&mut rng, LAST))
        };
        let tax_id = (is_business && currency == "EUR").then(|| format!("{country}{:09}", below(&mut rng, 1e9 as u64)));
        let address = format!("{} {}", 1 + below(&mut rng, 200), pick(&mut rng, STREETS));
        let postal_code = format!("{postal}{:03}", below(&mut rng, 1000));
        let email = format!("c{i:09}.s{}@{}", self.seed, pick(&mut rng, DOMAINS));
        let external_id = format!("seed-{}-{i}", self.seed);
        let account_id = self.id(IdKind::Account, i, rng.next_u32());
        batch.push_account(&AccountRow {
            id: &account_id,
            external_id: &external_id,
            name: &name,
            email: &email,
            currency,
            timezone,
            country,
            tax_id: tax_id.as_deref(),
            is_business,
            address_line1: &address,
            city,
            postal_code: &postal_code,
            metadata: &self.metadata,
            created_at: &self.now_text,
        });

        let plan = self.choose_plan(&mut rng);
        let quantity = match plan.charge {
            Charge::PerSeat => 1 + below(&mut rng, 50) as i32,
            Charge::Flat => 1,
        };
        let start = self.start_date + Days::new(below(&mut rng, START_SPREAD_DAYS));
        let trial_end = (plan.trial_days > 0).then(|| start + Days::new(u64::from(plan.trial_days)));
        let anchor = trial_end.unwrap_or(start);
        // The period in force: the trial while trialing, else the first billing period.
        let (period_start_date, period_end) = match trial_end {
            Some(end) => (start, end),
            None => (anchor, period_start(anchor, plan.interval, 1)),
        };
        let subscription_id = self.id(IdKind::Subscription, i, rng.next_u32());
        batch.push_subscription(&SubscriptionRow {
            id: &subscription_id,
            external_id: &external_id,
            account_id: &account_id,
            plan_version_id: &plan.plan_version_id,
            status: if trial_end.is_some() { "trialing" } else { "active" },
            quantity,
            currency,
            start_date: start,
            trial_end,
            anchor_date: anchor,
            current_period_start: period_start_date,
            current_period_end: period_end,
            next_bill_date: anchor,
            created_at: &self.now_text,
            history_id,
        });

        if plan.metered && self.usage_events > 0 {
            let tz: chrono_tz::Tz = timezone.parse().expect("profile time zones are valid");
            let lo = local_midnight_utc(period_start_date, tz).timestamp_millis();
            let end = local_midnight_utc(period_end, tz).timestamp_millis();
            let hi = if self.now.timestamp_millis() > lo { end.min(self.now.timestamp_millis()) } else { end };
            for k in 0..self.usage_events {
                let at_ms = lo + below(&mut rng, (hi - lo).max(1) as u64) as i64;
                let occurred = DateTime::from_timestamp_millis(at_ms).expect("within chrono's range");
                let low = (k << 18) | (rng.next_u32() >> 14);
                batch.push_usage(&UsageRow {
                    id: &self.id(IdKind::Usage, i, low),
                    account_id: &account_id,
                    subscription_id: &subscription_id,
                    metric: API_METRIC,
                    quantity: 1 + below(&mut rng, 5000) as i64,
                    occurred_at: &occurred.to_rfc3339_opts(SecondsFormat::Millis, true),
                    idempotency_key: &format!("seed-{}-{i}-{k}", self.seed),
                    created_at: &self.now_text,
                });
            }
        }
    }

    fn choose_plan(&self, rng: &mut ChaCha8Rng) -> &SeedPlan {
        let mut roll = below(rng, PLAN_WEIGHTS.iter().sum());
        for (plan, w) in self.plans.iter().zip(PLAN_WEIGHTS) {
            if roll < w {
                return plan;
            }
            roll -= w;
        }
        self.plans.last().expect("the catalog has plans")
    }
}
