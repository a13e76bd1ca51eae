
use builtin;
use str;

set edit:completion:arg-completer[billctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'billctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'billctl'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Customers: create, list, show, update, archive, import from CSV'
            cand plan 'The catalog: plans, versions, prices per currency, tiers, trials'
            cand subscription 'Subscriptions: create, change with proration, pause, resume, cancel'
            cand invoice 'Invoices: run (the billing engine), preview, list, show, void, finalize'
            cand charge 'One-off charges: add (on the next invoice or invoiced now), list, void'
            cand payment 'Payments: collect, retry (cron), list, show, record external payments, refund'
            cand stripe 'Stripe: sync events (reconcile payments and customers), verify webhook signatures'
            cand credit 'Account credit: grant, list, void (a ledger; the balance is its sum)'
            cand usage 'Metered usage: record one event or import a CSV file (idempotent per key)'
            cand notify 'Notifications: deliver due e-mails and webhooks (cron), list the outbox'
            cand dunning 'Dunning: take the due steps of overdue accounts (cron), status, policies'
            cand export 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)'
            cand webhook 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify'
            cand tax 'Tax rates per country and region'
            cand audit 'The audit log: list who changed what; verify its hash chain'
            cand report 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging'
            cand demo 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection'
            cand seed 'Deterministic fixtures for CI scripts and benchmarks'
            cand db 'The embedded PostgreSQL cluster and migrations'
            cand config 'Show or create the configuration file'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand payment-method 'Cards of an account at the payment gateway: add, list, default (shown masked)'
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account;payment-method'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Attach a card to the account at the gateway (creating the gateway customer if needed)'
            cand list 'List the account''s cards (brand, last 4, expiry; never more)'
            cand default 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account;payment-method;add'= {
            cand --token 'Payment method token (pm_…)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --default 'Make it the card charged by `payment collect` and `payment retry`'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;payment-method;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;payment-method;default'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;payment-method;help'= {
            cand add 'Attach a card to the account at the gateway (creating the gateway customer if needed)'
            cand list 'List the account''s cards (brand, last 4, expiry; never more)'
            cand default 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account;payment-method;help;add'= {
        }
        &'billctl;account;payment-method;help;list'= {
        }
        &'billctl;account;payment-method;help;default'= {
        }
        &'billctl;account;payment-method;help;help'= {
        }
        &'billctl;account;create'= {
            cand --name 'Display name of the customer'
            cand --email 'Billing e-mail address'
            cand --currency 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)'
            cand --timezone 'IANA time zone for billing periods (default UTC)'
            cand --country 'Two-letter country code (tax)'
            cand --external-id 'Your own unique id for this customer'
            cand --tax-id 'Tax / VAT id'
            cand --tax-exempt 'Tax exempt: true or false'
            cand --business 'Business customer: true or false (EU reverse charge)'
            cand --address-line1 'Billing address, first line (street and number)'
            cand --address-line2 'Billing address, second line'
            cand --city 'City of the billing address'
            cand --region 'Region or state of the billing address, e.g. CA (tax rates can depend on it)'
            cand --postal-code 'Postal code of the billing address'
            cand --metadata 'Metadata as key=value (repeatable)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;list'= {
            cand --status 'Only this status: active, warning, blocked'
            cand --email 'Only e-mails containing this text (case-insensitive)'
            cand --created-from 'Created on or after this date (YYYY-MM-DD, UTC)'
            cand --created-to 'Created before this date (YYYY-MM-DD, UTC)'
            cand --limit 'Page size: at most this many accounts'
            cand --after 'Start after this account id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --archived 'Include archived accounts'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;update'= {
            cand --name 'Display name of the customer'
            cand --email 'Billing e-mail address'
            cand --currency 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)'
            cand --timezone 'IANA time zone for billing periods (default UTC)'
            cand --country 'Two-letter country code (tax)'
            cand --external-id 'Your own unique id for this customer'
            cand --tax-id 'Tax / VAT id'
            cand --tax-exempt 'Tax exempt: true or false'
            cand --business 'Business customer: true or false (EU reverse charge)'
            cand --address-line1 'Billing address, first line (street and number)'
            cand --address-line2 'Billing address, second line'
            cand --city 'City of the billing address'
            cand --region 'Region or state of the billing address, e.g. CA (tax rates can depend on it)'
            cand --postal-code 'Postal code of the billing address'
            cand --status 'Status (active, warning, blocked); normally set by dunning'
            cand --metadata 'Set metadata key=value (repeatable)'
            cand --unset-metadata 'Remove a metadata key (repeatable)'
            cand --billing-email 'Billing contact that gets a copy (Cc) of every e-mail; "" removes it'
            cand --locale 'Language of the account''s e-mails: de, fr, pt-BR … (templates fall back to en)'
            cand --dunning-policy 'Dunning policy of the account (`default`: the default policy)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-reminders 'Stop payment reminder e-mails (notices about invoices, payments and the account still go)'
            cand --reminders 'Send payment reminder e-mails again'
            cand --no-dunning 'Exclude the account from dunning (no steps are taken for it)'
            cand --dunning 'Include an excluded account in dunning again'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;archive'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;import'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Check the file and show what would be imported, write nothing'
            cand --skip-existing 'Skip the rows whose account exists already (same external_id; without one, same e-mail)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;account;help'= {
            cand payment-method 'Cards of an account at the payment gateway: add, list, default (shown masked)'
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account;help;payment-method'= {
            cand add 'Attach a card to the account at the gateway (creating the gateway customer if needed)'
            cand list 'List the account''s cards (brand, last 4, expiry; never more)'
            cand default 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)'
        }
        &'billctl;account;help;payment-method;add'= {
        }
        &'billctl;account;help;payment-method;list'= {
        }
        &'billctl;account;help;payment-method;default'= {
        }
        &'billctl;account;help;create'= {
        }
        &'billctl;account;help;list'= {
        }
        &'billctl;account;help;show'= {
        }
        &'billctl;account;help;update'= {
        }
        &'billctl;account;help;archive'= {
        }
        &'billctl;account;help;import'= {
        }
        &'billctl;account;help;help'= {
        }
        &'billctl;plan'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a plan (version 1) with its prices per currency'
            cand edit 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
            cand list 'List plans with their latest version'
            cand show 'Show a plan version with its prices and tiers'
            cand archive 'Archive a plan: existing subscriptions continue, no new ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;plan;create'= {
            cand --code 'Unique code (letters, digits, - and _), e.g. pro-monthly'
            cand --name 'Display name on invoices'
            cand --description 'Longer description of the plan'
            cand --interval 'Billing interval'
            cand --interval-count 'Number of intervals per period (e.g. 3 with month = quarterly)'
            cand --trial-days 'Free trial days for new subscriptions'
            cand --price 'Flat price per period, CURRENCY:AMOUNT (repeatable)'
            cand --seat-price 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)'
            cand --metered 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)'
            cand --file 'The whole plan as JSON (code, name, interval, interval_count, trial_days, prices)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;plan;edit'= {
            cand --name 'New display name (changed in place, no new version)'
            cand --description 'New description (changed in place, no new version)'
            cand --interval 'New billing interval (a new version)'
            cand --interval-count 'New number of intervals per period (a new version)'
            cand --trial-days 'New free trial days for new subscriptions (a new version)'
            cand --price 'Flat price per period, CURRENCY:AMOUNT (repeatable)'
            cand --seat-price 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)'
            cand --metered 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;plan;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --archived 'Include archived plans'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;plan;show'= {
            cand --version 'Version number (default: latest)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;plan;archive'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;plan;help'= {
            cand create 'Create a plan (version 1) with its prices per currency'
            cand edit 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
            cand list 'List plans with their latest version'
            cand show 'Show a plan version with its prices and tiers'
            cand archive 'Archive a plan: existing subscriptions continue, no new ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;plan;help;create'= {
        }
        &'billctl;plan;help;edit'= {
        }
        &'billctl;plan;help;list'= {
        }
        &'billctl;plan;help;show'= {
        }
        &'billctl;plan;help;archive'= {
        }
        &'billctl;plan;help;help'= {
        }
        &'billctl;subscription'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
            cand list 'List subscriptions'
            cand show 'Show a subscription with its history and pending proration charges'
            cand change 'Change plan or quantity, now (prorated) or at the end of the period'
            cand cancel 'Cancel now (optionally crediting unused time) or at the end of the period'
            cand pause 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
            cand resume 'Resume a paused subscription; a new billing cycle starts today'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;subscription;create'= {
            cand --account 'Account id or external id'
            cand --plan 'Plan code (its latest version is used)'
            cand --quantity 'Seats (multiplies per-seat prices), 1 to 2147483647'
            cand --start 'First day of service (default: today in the account''s time zone)'
            cand --trial-days 'Trial days (default: the plan''s)'
            cand --anchor 'Billing anchor date (default: first paid day); days before it are billed as a prorated stub'
            cand --external-id 'Your own unique key for this subscription'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-trial 'No trial even if the plan has one'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;list'= {
            cand --account 'Only this account (id or external id)'
            cand --status 'Only this status: trialing, active, paused, canceled'
            cand --plan 'Only this plan code'
            cand --limit 'Page size: at most this many subscriptions'
            cand --after 'Start after this subscription id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;change'= {
            cand --plan 'New plan code (its latest version); the same code moves to the latest version'
            cand --quantity 'New quantity, 1 to 2147483647'
            cand --at 'When the change takes effect'
            cand --invoice 'When a net charge is invoiced: now (a numbered invoice issued at once) or with the next invoice of the subscription [default: proration_invoicing in config.toml, else now]'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show the proration lines the invoice run will produce; write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;cancel'= {
            cand --at 'When the cancellation takes effect: at the end of the current period, or now'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --credit 'With --at now: correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)'
            cand --dry-run 'Show exactly what it would do (the same checks and amounts) and write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;pause'= {
            cand --until 'Resume automatically on this date'
            cand --max-days 'Cancel automatically after this many days paused'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --credit 'Correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;resume'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;subscription;help'= {
            cand create 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
            cand list 'List subscriptions'
            cand show 'Show a subscription with its history and pending proration charges'
            cand change 'Change plan or quantity, now (prorated) or at the end of the period'
            cand cancel 'Cancel now (optionally crediting unused time) or at the end of the period'
            cand pause 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
            cand resume 'Resume a paused subscription; a new billing cycle starts today'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;subscription;help;create'= {
        }
        &'billctl;subscription;help;list'= {
        }
        &'billctl;subscription;help;show'= {
        }
        &'billctl;subscription;help;change'= {
        }
        &'billctl;subscription;help;cancel'= {
        }
        &'billctl;subscription;help;pause'= {
        }
        &'billctl;subscription;help;resume'= {
        }
        &'billctl;subscription;help;help'= {
        }
        &'billctl;invoice'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand run 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
            cand preview 'Show the next invoice(s) an account will get, without writing anything'
            cand list 'List invoices (or credit notes), oldest first, a page at a time'
            cand show 'Show one invoice or credit note (by id or number) with its lines and totals'
            cand void 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
            cand finalize 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
            cand regenerate 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;invoice;run'= {
            cand --account 'Only this account (id or external id)'
            cand --batch-size 'Accounts per transaction'
            cand --workers 'Batches processed concurrently'
            cand --lock-timeout 'Seconds to wait, in all, for accounts locked by something other than an invoice run (a payment, a credit grant, a psql session); those still locked are reported, exit 6'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Compute exactly what the run would write, to the cent, and write nothing (--format csv or json lists every line; the table shows the first 50 invoices)'
            cand --draft 'Write the invoices as drafts (no number, not collectable) for review; number them with `billctl invoice finalize --run RUN_ID`'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;preview'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;list'= {
            cand --account 'Only this account (id or external id)'
            cand --status 'Only this status: draft, open, paid, void, uncollectible'
            cand --kind 'Only this kind: regular, supplemental, final, manual, or credit_note (lists credit notes)'
            cand --limit 'Page size: at most this many invoices'
            cand --after 'Start after this invoice id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;void'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --credit-account 'Also grant the invoice total to the account as credit'
            cand --dry-run 'Show exactly what it would do (the same checks and amounts) and write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;finalize'= {
            cand --run 'Every draft written by this invoice run (`invoice run --draft`)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --all-drafts 'Every draft invoice'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;regenerate'= {
            cand --run 'The draft run (`invoice run --draft` prints its id)'
            cand --account 'Only this account (id or external id)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;invoice;help'= {
            cand run 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
            cand preview 'Show the next invoice(s) an account will get, without writing anything'
            cand list 'List invoices (or credit notes), oldest first, a page at a time'
            cand show 'Show one invoice or credit note (by id or number) with its lines and totals'
            cand void 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
            cand finalize 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
            cand regenerate 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;invoice;help;run'= {
        }
        &'billctl;invoice;help;preview'= {
        }
        &'billctl;invoice;help;list'= {
        }
        &'billctl;invoice;help;show'= {
        }
        &'billctl;invoice;help;void'= {
        }
        &'billctl;invoice;help;finalize'= {
        }
        &'billctl;invoice;help;regenerate'= {
        }
        &'billctl;invoice;help;help'= {
        }
        &'billctl;charge'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
            cand list 'List one-off charges (pending, billed, void), oldest first'
            cand void 'Void a charge that is not billed yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;charge;add'= {
            cand --account 'Account id or external id'
            cand --amount 'Amount in major units of the account''s currency (25.00)'
            cand --description 'What the charge is for (shown on the invoice line)'
            cand --invoice 'Invoice it now (a numbered invoice of its own) or on the account''s next invoice'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --tax-exempt 'Bill it without tax (on an invoice of its own)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;charge;list'= {
            cand --account 'Only this account (id or external id)'
            cand --limit 'Page size: at most this many charges'
            cand --after 'Start after this charge id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;charge;void'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;charge;help'= {
            cand add 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
            cand list 'List one-off charges (pending, billed, void), oldest first'
            cand void 'Void a charge that is not billed yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;charge;help;add'= {
        }
        &'billctl;charge;help;list'= {
        }
        &'billctl;charge;help;void'= {
        }
        &'billctl;charge;help;help'= {
        }
        &'billctl;payment'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand collect 'Charge open invoices to the customers'' default cards (off-session)'
            cand retry 'Retry declined charges whose scheduled day has come (run it daily from cron)'
            cand list 'List payments, oldest first, a page at a time'
            cand show 'Show one payment (our id or the gateway''s payment id) with its refunds'
            cand attempts 'List charge attempts (declines with their codes and next retry dates), oldest first'
            cand record 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
            cand refund 'Refund a card payment in full or in part through its gateway'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;payment;collect'= {
            cand --invoice 'Charge this invoice (id or number)'
            cand --concurrency 'Charges in flight at once (each holds a database connection while it waits for the gateway)'
            cand --rate 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)'
            cand --breaker 'Stop the batch after this many gateway failures in a row'
            cand --schedule 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account''s dunning policy''s)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --all 'Charge every open invoice not attempted yet'
            cand --dry-run 'Show what would be charged; call no gateway, write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;retry'= {
            cand --concurrency 'Charges in flight at once (each holds a database connection while it waits for the gateway)'
            cand --rate 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)'
            cand --breaker 'Stop the batch after this many gateway failures in a row'
            cand --schedule 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account''s dunning policy''s)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show what would be charged; call no gateway, write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;list'= {
            cand --account 'Only this account (id or external id)'
            cand --invoice 'Only this invoice (id or number)'
            cand --status 'Only this status: succeeded, refunded, partially_refunded, pending, failed'
            cand --limit 'Page size: at most this many payments'
            cand --after 'Start after this payment id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;attempts'= {
            cand --account 'Only this account (id or external id)'
            cand --invoice 'Only this invoice (id or number)'
            cand --status 'Only this status: started, succeeded, failed, uncertain'
            cand --limit 'Page size: at most this many attempts'
            cand --after 'Start after this attempt id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;record'= {
            cand --amount 'Amount received, in the invoice''s currency (12.34)'
            cand --method 'How it was paid: wire, cash, check, other'
            cand --reference 'Bank reference, check number, receipt …'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;refund'= {
            cand --amount 'Amount to refund in the payment''s currency (default: all that is left); `--reason` (global) is kept with the refund and in the audit log'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show exactly what it would do (the same checks and amounts) and write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;payment;help'= {
            cand collect 'Charge open invoices to the customers'' default cards (off-session)'
            cand retry 'Retry declined charges whose scheduled day has come (run it daily from cron)'
            cand list 'List payments, oldest first, a page at a time'
            cand show 'Show one payment (our id or the gateway''s payment id) with its refunds'
            cand attempts 'List charge attempts (declines with their codes and next retry dates), oldest first'
            cand record 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
            cand refund 'Refund a card payment in full or in part through its gateway'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;payment;help;collect'= {
        }
        &'billctl;payment;help;retry'= {
        }
        &'billctl;payment;help;list'= {
        }
        &'billctl;payment;help;show'= {
        }
        &'billctl;payment;help;attempts'= {
        }
        &'billctl;payment;help;record'= {
        }
        &'billctl;payment;help;refund'= {
        }
        &'billctl;payment;help;help'= {
        }
        &'billctl;stripe'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand sync 'Pull gateway events since the last sync and reconcile payments and customers'
            cand verify-webhook 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;stripe;sync'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;stripe;verify-webhook'= {
            cand --secret 'The endpoint''s signing secret (whsec_…)'
            cand --header 'The Stripe-Signature header, with or without its name'
            cand --payload 'File with the raw request body, byte for byte'
            cand --tolerance 'Seconds the timestamp may differ from now'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;stripe;help'= {
            cand sync 'Pull gateway events since the last sync and reconcile payments and customers'
            cand verify-webhook 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;stripe;help;sync'= {
        }
        &'billctl;stripe;help;verify-webhook'= {
        }
        &'billctl;stripe;help;help'= {
        }
        &'billctl;credit'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand grant 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first'
            cand apply 'Apply the account''s credit to its open invoices now, oldest first (idempotent)'
            cand list 'List credit grants with what is left of each, and the balance'
            cand void 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;credit;grant'= {
            cand --account 'Account id or external id'
            cand --amount 'Amount in major units of the account''s currency (12.50); `--reason` (required here) says why the credit is given, kept on the ledger and in the audit log'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;credit;apply'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show what would be applied, write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;credit;list'= {
            cand --account 'Only this account (id or external id)'
            cand --limit 'Page size: at most this many grants'
            cand --after 'Start after this grant id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;credit;void'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show exactly what it would void and write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;credit;help'= {
            cand grant 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first'
            cand apply 'Apply the account''s credit to its open invoices now, oldest first (idempotent)'
            cand list 'List credit grants with what is left of each, and the balance'
            cand void 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;credit;help;grant'= {
        }
        &'billctl;credit;help;apply'= {
        }
        &'billctl;credit;help;list'= {
        }
        &'billctl;credit;help;void'= {
        }
        &'billctl;credit;help;help'= {
        }
        &'billctl;usage'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand record 'Record one usage event'
            cand import 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;usage;record'= {
            cand --subscription 'Subscription id or external id'
            cand --metric 'Metric name (as in the plan''s metered price)'
            cand --quantity 'How much was used (a non-negative decimal)'
            cand --at 'When it happened (RFC 3339, e.g. 2026-01-15T10:00:00Z)'
            cand --key 'Idempotency key, unique per account'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;usage;import'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Check the file and count what would be imported, write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;usage;help'= {
            cand record 'Record one usage event'
            cand import 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;usage;help;record'= {
        }
        &'billctl;usage;help;import'= {
        }
        &'billctl;usage;help;help'= {
        }
        &'billctl;notify'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand deliver 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
            cand list 'List deliveries (e-mails and webhooks) and how they went'
            cand preview 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
            cand check-templates 'Check the e-mail template overrides in templates_dir: every file must compile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;notify;deliver'= {
            cand --limit 'Make at most this many attempts, then stop (default: everything that is due)'
            cand --workers 'Concurrent senders (each holds a database connection)'
            cand --channel 'Only this channel'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;notify;list'= {
            cand --status 'Only deliveries in this state'
            cand --channel 'Only this channel'
            cand --account 'Only this account''s'
            cand --event 'Only this event''s'
            cand --limit 'Page size'
            cand --after 'Start after this delivery id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;notify;preview'= {
            cand --account 'Account id (acct_…) or external id'
            cand --event 'Fill it with this event''s data (evt_…) instead of the account''s latest matching event'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --html 'Show the HTML part too'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;notify;check-templates'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;notify;help'= {
            cand deliver 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
            cand list 'List deliveries (e-mails and webhooks) and how they went'
            cand preview 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
            cand check-templates 'Check the e-mail template overrides in templates_dir: every file must compile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;notify;help;deliver'= {
        }
        &'billctl;notify;help;list'= {
        }
        &'billctl;notify;help;preview'= {
        }
        &'billctl;notify;help;check-templates'= {
        }
        &'billctl;notify;help;help'= {
        }
        &'billctl;dunning'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand tick 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
            cand status 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
            cand policy 'Dunning policies: set NAME --file, show NAME, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;dunning;tick'= {
            cand --account 'Only this account (id or external id)'
            cand --batch-size 'Accounts per transaction (each status change''s audit row is chained at commit, a cost that grows with the rows per transaction: smaller batches are faster, down to about 250)'
            cand --workers 'Batches in flight at once, each on its own database connection'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --dry-run 'Show what a real tick would do (per account: step, actions) and write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;dunning;status'= {
            cand --account 'Only this account (id or external id)'
            cand --stage 'Only accounts at this stage: a step number, `none`, or an action name (remind, warn, block, …)'
            cand --limit 'At most this many accounts'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;dunning;policy'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)'
            cand show 'Show a policy (as TOML; JSON with --format json)'
            cand list 'List the policies, with the built-in default unless a stored `default` replaces it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;dunning;policy;set'= {
            cand --file 'The policy file: .toml or .json'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;dunning;policy;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;dunning;policy;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;dunning;policy;help'= {
            cand set 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)'
            cand show 'Show a policy (as TOML; JSON with --format json)'
            cand list 'List the policies, with the built-in default unless a stored `default` replaces it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;dunning;policy;help;set'= {
        }
        &'billctl;dunning;policy;help;show'= {
        }
        &'billctl;dunning;policy;help;list'= {
        }
        &'billctl;dunning;policy;help;help'= {
        }
        &'billctl;dunning;help'= {
            cand tick 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
            cand status 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
            cand policy 'Dunning policies: set NAME --file, show NAME, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;dunning;help;tick'= {
        }
        &'billctl;dunning;help;status'= {
        }
        &'billctl;dunning;help;policy'= {
            cand set 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)'
            cand show 'Show a policy (as TOML; JSON with --format json)'
            cand list 'List the policies, with the built-in default unless a stored `default` replaces it'
        }
        &'billctl;dunning;help;policy;set'= {
        }
        &'billctl;dunning;help;policy;show'= {
        }
        &'billctl;dunning;help;policy;list'= {
        }
        &'billctl;dunning;help;help'= {
        }
        &'billctl;export'= {
            cand --from 'Only rows on or after this day (the entity''s date: issue date, creation, …)'
            cand --to 'Only rows on or before this day'
            cand --account 'Only this account''s rows (id or external id)'
            cand --status 'Only rows in this status (entities that have one; `--list` shows which)'
            cand --columns 'Only these columns, in this order (comma-separated)'
            cand -o 'Write to this file (atomically) instead of stdout'
            cand --output 'Write to this file (atomically) instead of stdout'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --list 'List the entities and their columns instead'
            cand --excel 'Start the CSV with a UTF-8 byte-order mark, for Excel'
            cand --sql 'Print the SELECT the export runs instead of running it (to run it elsewhere, e.g. psql)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand endpoint 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
            cand deliveries 'List webhook deliveries and how they went'
            cand replay 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)'
            cand test 'Send a webhook.test event to one endpoint now and show how it went'
            cand verify 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;webhook;endpoint'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an endpoint; prints its signing secret once'
            cand list 'List endpoints, their state and waiting deliveries'
            cand disable 'Stop sending to an endpoint (its deliveries wait until it is enabled)'
            cand enable 'Send to an endpoint again (also after 410 Gone or five failing days)'
            cand rotate-secret 'Make a new signing secret; the old one keeps signing during the overlap'
            cand remove 'Remove an endpoint (refused while deliveries wait, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;webhook;endpoint;add'= {
            cand --events 'Which events, comma-separated: ''*'' (default), groups such as ''invoice.*'', or exact types'
            cand --description 'A note shown in the list (what receives it)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --allow-private 'Allow a host on a private, loopback or link-local network (a receiver on your own network)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --all 'Include removed endpoints'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;disable'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;enable'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;rotate-secret'= {
            cand --overlap 'How long the old secret keeps signing: 24h (default), 90m, 2d, 3600s, or 0'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;remove'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --force 'Remove even with deliveries waiting (they are given up, marked failed)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;endpoint;help'= {
            cand add 'Add an endpoint; prints its signing secret once'
            cand list 'List endpoints, their state and waiting deliveries'
            cand disable 'Stop sending to an endpoint (its deliveries wait until it is enabled)'
            cand enable 'Send to an endpoint again (also after 410 Gone or five failing days)'
            cand rotate-secret 'Make a new signing secret; the old one keeps signing during the overlap'
            cand remove 'Remove an endpoint (refused while deliveries wait, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;webhook;endpoint;help;add'= {
        }
        &'billctl;webhook;endpoint;help;list'= {
        }
        &'billctl;webhook;endpoint;help;disable'= {
        }
        &'billctl;webhook;endpoint;help;enable'= {
        }
        &'billctl;webhook;endpoint;help;rotate-secret'= {
        }
        &'billctl;webhook;endpoint;help;remove'= {
        }
        &'billctl;webhook;endpoint;help;help'= {
        }
        &'billctl;webhook;deliveries'= {
            cand --endpoint 'Only this endpoint''s'
            cand --status 'Only deliveries in this state'
            cand --event 'Only this event''s'
            cand --limit 'Page size'
            cand --after 'Start after this delivery id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;replay'= {
            cand --endpoint 'Only to this endpoint'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;test'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;verify'= {
            cand --secret 'The endpoint''s signing secret (whsec_…); repeat for both secrets during a rotation'
            cand --header 'A received header, ''name: value'' (webhook-id, webhook-timestamp, webhook-signature)'
            cand --payload 'The file holding the exact body received (''-'' for stdin)'
            cand --tolerance 'Seconds the timestamp may be from now'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;webhook;help'= {
            cand endpoint 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
            cand deliveries 'List webhook deliveries and how they went'
            cand replay 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)'
            cand test 'Send a webhook.test event to one endpoint now and show how it went'
            cand verify 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;webhook;help;endpoint'= {
            cand add 'Add an endpoint; prints its signing secret once'
            cand list 'List endpoints, their state and waiting deliveries'
            cand disable 'Stop sending to an endpoint (its deliveries wait until it is enabled)'
            cand enable 'Send to an endpoint again (also after 410 Gone or five failing days)'
            cand rotate-secret 'Make a new signing secret; the old one keeps signing during the overlap'
            cand remove 'Remove an endpoint (refused while deliveries wait, unless --force)'
        }
        &'billctl;webhook;help;endpoint;add'= {
        }
        &'billctl;webhook;help;endpoint;list'= {
        }
        &'billctl;webhook;help;endpoint;disable'= {
        }
        &'billctl;webhook;help;endpoint;enable'= {
        }
        &'billctl;webhook;help;endpoint;rotate-secret'= {
        }
        &'billctl;webhook;help;endpoint;remove'= {
        }
        &'billctl;webhook;help;deliveries'= {
        }
        &'billctl;webhook;help;replay'= {
        }
        &'billctl;webhook;help;test'= {
        }
        &'billctl;webhook;help;verify'= {
        }
        &'billctl;webhook;help;help'= {
        }
        &'billctl;tax'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand rate 'Tax rates: add, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;tax;rate'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a rate for a country (or one of its regions), in force from a date'
            cand list 'List rates (all, or only those in force on a date)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;tax;rate;add'= {
            cand --country 'Two-letter country code (DE, US)'
            cand --region 'Region (state, province) code; omit for the whole country'
            cand --name 'Name printed on invoices (VAT, Sales tax)'
            cand --rate 'Rate in percent: 19 means 19 % (0 ≤ rate < 100, up to 4 decimals)'
            cand --valid-from 'First day the rate applies (default: today)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;tax;rate;list'= {
            cand --active-on 'Only the rates in force on this date (YYYY-MM-DD)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --archived 'Include archived rates'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;tax;rate;help'= {
            cand add 'Add a rate for a country (or one of its regions), in force from a date'
            cand list 'List rates (all, or only those in force on a date)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;tax;rate;help;add'= {
        }
        &'billctl;tax;rate;help;list'= {
        }
        &'billctl;tax;rate;help;help'= {
        }
        &'billctl;tax;help'= {
            cand rate 'Tax rates: add, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;tax;help;rate'= {
            cand add 'Add a rate for a country (or one of its regions), in force from a date'
            cand list 'List rates (all, or only those in force on a date)'
        }
        &'billctl;tax;help;rate;add'= {
        }
        &'billctl;tax;help;rate;list'= {
        }
        &'billctl;tax;help;help'= {
        }
        &'billctl;audit'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The audit log, newest first: who (OS user, database role), what, when, before and after'
            cand verify 'Check the audit log''s hash chain: no row edited, removed or inserted out of band'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;audit;list'= {
            cand --account 'Only rows about this account (id or external id)'
            cand --entity 'Only this entity: a type (subscription, invoice, …) or one id (sub_…)'
            cand --actor 'Only changes made by this OS user or database role'
            cand --action 'Only this action (credit.grant) or family of actions (credit)'
            cand --since 'Only rows written on or after this date (2026-11-01) or instant (RFC 3339)'
            cand --limit 'At most this many rows'
            cand --before 'The next page: rows older than this audit id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;audit;verify'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;audit;help'= {
            cand list 'The audit log, newest first: who (OS user, database role), what, when, before and after'
            cand verify 'Check the audit log''s hash chain: no row edited, removed or inserted out of band'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;audit;help;list'= {
        }
        &'billctl;audit;help;verify'= {
        }
        &'billctl;audit;help;help'= {
        }
        &'billctl;report'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mrr 'MRR and ARR at each period end, and the movements in each period, per currency'
            cand aging 'Open receivables by age since the due date, per currency (and per account)'
            cand churn 'Customer churn rate and gross and net MRR churn rate per period, per currency'
            cand ltv 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
            cand revenue 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
            cand customers 'The top accounts of each currency by revenue invoiced or by MRR'
            cand subscriptions 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;report;mrr'= {
            cand --from 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)'
            cand --to 'Last day, included (YYYY-MM-DD; default: today by the clock)'
            cand --interval 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;aging'= {
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --accounts 'Also list each account''s amount in each bucket'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;churn'= {
            cand --from 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)'
            cand --to 'Last day, included (YYYY-MM-DD; default: today by the clock)'
            cand --interval 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;ltv'= {
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;revenue'= {
            cand --from 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)'
            cand --to 'Last day, included (YYYY-MM-DD; default: today by the clock)'
            cand --interval 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;customers'= {
            cand --top 'How many accounts per currency'
            cand --by 'Rank by revenue invoiced in the range or by MRR at its end'
            cand --from 'First day of the revenue range (YYYY-MM-DD)'
            cand --to 'Last day, included (YYYY-MM-DD; default: today by the clock)'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;subscriptions'= {
            cand --from 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)'
            cand --to 'Last day, included (YYYY-MM-DD; default: today by the clock)'
            cand --interval 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range'
            cand --currency 'Only this currency (ISO 4217 code)'
            cand --out 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --no-chart 'No chart under the table (table format only)'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;report;help'= {
            cand mrr 'MRR and ARR at each period end, and the movements in each period, per currency'
            cand aging 'Open receivables by age since the due date, per currency (and per account)'
            cand churn 'Customer churn rate and gross and net MRR churn rate per period, per currency'
            cand ltv 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
            cand revenue 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
            cand customers 'The top accounts of each currency by revenue invoiced or by MRR'
            cand subscriptions 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;report;help;mrr'= {
        }
        &'billctl;report;help;aging'= {
        }
        &'billctl;report;help;churn'= {
        }
        &'billctl;report;help;ltv'= {
        }
        &'billctl;report;help;revenue'= {
        }
        &'billctl;report;help;customers'= {
        }
        &'billctl;report;help;subscriptions'= {
        }
        &'billctl;report;help;help'= {
        }
        &'billctl;demo'= {
            cand --accounts 'Demo accounts (each gets one subscription)'
            cand --seed 'Seed of the demo data: accounts get external ids seed-<S>-<i>'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;seed'= {
            cand --accounts 'Number of accounts (each gets one subscription)'
            cand --file 'Load a declared set of plans, accounts and subscriptions from a JSON file (idempotent)'
            cand --seed 'Random seed: the same seed gives the same data'
            cand --start-date 'Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]'
            cand --usage-events 'Usage events (api_calls) per metered subscription, within its current period'
            cand --batch-size 'Accounts per COPY batch'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Show which database billctl uses, whether it runs, and the migration level'
            cand start 'Start the embedded cluster (initialising it on first use)'
            cand stop 'Stop the embedded cluster'
            cand migrate 'Apply pending migrations (also done automatically by every command)'
            cand reset 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;db;status'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db;start'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db;stop'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db;migrate'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db;reset'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;db;help'= {
            cand status 'Show which database billctl uses, whether it runs, and the migration level'
            cand start 'Start the embedded cluster (initialising it on first use)'
            cand stop 'Stop the embedded cluster'
            cand migrate 'Apply pending migrations (also done automatically by every command)'
            cand reset 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;db;help;status'= {
        }
        &'billctl;db;help;start'= {
        }
        &'billctl;db;help;stop'= {
        }
        &'billctl;db;help;migrate'= {
        }
        &'billctl;db;help;reset'= {
        }
        &'billctl;db;help;help'= {
        }
        &'billctl;config'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Print the effective configuration and where each value comes from (secrets redacted)'
            cand init 'Write a commented config.toml template (refuses to overwrite an existing file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;config;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;config;init'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand --print 'Print the template to stdout instead of writing the file'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;config;help'= {
            cand show 'Print the effective configuration and where each value comes from (secrets redacted)'
            cand init 'Write a commented config.toml template (refuses to overwrite an existing file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;config;help;show'= {
        }
        &'billctl;config;help;init'= {
        }
        &'billctl;config;help;help'= {
        }
        &'billctl;completions'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;generate'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;generate;completions'= {
            cand --out-dir 'out-dir'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;generate;man'= {
            cand --out-dir 'out-dir'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --reason 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --quiet 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'billctl;generate;help'= {
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;generate;help;completions'= {
        }
        &'billctl;generate;help;man'= {
        }
        &'billctl;generate;help;help'= {
        }
        &'billctl;help'= {
            cand account 'Customers: create, list, show, update, archive, import from CSV'
            cand plan 'The catalog: plans, versions, prices per currency, tiers, trials'
            cand subscription 'Subscriptions: create, change with proration, pause, resume, cancel'
            cand invoice 'Invoices: run (the billing engine), preview, list, show, void, finalize'
            cand charge 'One-off charges: add (on the next invoice or invoiced now), list, void'
            cand payment 'Payments: collect, retry (cron), list, show, record external payments, refund'
            cand stripe 'Stripe: sync events (reconcile payments and customers), verify webhook signatures'
            cand credit 'Account credit: grant, list, void (a ledger; the balance is its sum)'
            cand usage 'Metered usage: record one event or import a CSV file (idempotent per key)'
            cand notify 'Notifications: deliver due e-mails and webhooks (cron), list the outbox'
            cand dunning 'Dunning: take the due steps of overdue accounts (cron), status, policies'
            cand export 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)'
            cand webhook 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify'
            cand tax 'Tax rates per country and region'
            cand audit 'The audit log: list who changed what; verify its hash chain'
            cand report 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging'
            cand demo 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection'
            cand seed 'Deterministic fixtures for CI scripts and benchmarks'
            cand db 'The embedded PostgreSQL cluster and migrations'
            cand config 'Show or create the configuration file'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;help;account'= {
            cand payment-method 'Cards of an account at the payment gateway: add, list, default (shown masked)'
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
        }
        &'billctl;help;account;payment-method'= {
            cand add 'Attach a card to the account at the gateway (creating the gateway customer if needed)'
            cand list 'List the account''s cards (brand, last 4, expiry; never more)'
            cand default 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)'
        }
        &'billctl;help;account;payment-method;add'= {
        }
        &'billctl;help;account;payment-method;list'= {
        }
        &'billctl;help;account;payment-method;default'= {
        }
        &'billctl;help;account;create'= {
        }
        &'billctl;help;account;list'= {
        }
        &'billctl;help;account;show'= {
        }
        &'billctl;help;account;update'= {
        }
        &'billctl;help;account;archive'= {
        }
        &'billctl;help;account;import'= {
        }
        &'billctl;help;plan'= {
            cand create 'Create a plan (version 1) with its prices per currency'
            cand edit 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
            cand list 'List plans with their latest version'
            cand show 'Show a plan version with its prices and tiers'
            cand archive 'Archive a plan: existing subscriptions continue, no new ones'
        }
        &'billctl;help;plan;create'= {
        }
        &'billctl;help;plan;edit'= {
        }
        &'billctl;help;plan;list'= {
        }
        &'billctl;help;plan;show'= {
        }
        &'billctl;help;plan;archive'= {
        }
        &'billctl;help;subscription'= {
            cand create 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
            cand list 'List subscriptions'
            cand show 'Show a subscription with its history and pending proration charges'
            cand change 'Change plan or quantity, now (prorated) or at the end of the period'
            cand cancel 'Cancel now (optionally crediting unused time) or at the end of the period'
            cand pause 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
            cand resume 'Resume a paused subscription; a new billing cycle starts today'
        }
        &'billctl;help;subscription;create'= {
        }
        &'billctl;help;subscription;list'= {
        }
        &'billctl;help;subscription;show'= {
        }
        &'billctl;help;subscription;change'= {
        }
        &'billctl;help;subscription;cancel'= {
        }
        &'billctl;help;subscription;pause'= {
        }
        &'billctl;help;subscription;resume'= {
        }
        &'billctl;help;invoice'= {
            cand run 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
            cand preview 'Show the next invoice(s) an account will get, without writing anything'
            cand list 'List invoices (or credit notes), oldest first, a page at a time'
            cand show 'Show one invoice or credit note (by id or number) with its lines and totals'
            cand void 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
            cand finalize 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
            cand regenerate 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
        }
        &'billctl;help;invoice;run'= {
        }
        &'billctl;help;invoice;preview'= {
        }
        &'billctl;help;invoice;list'= {
        }
        &'billctl;help;invoice;show'= {
        }
        &'billctl;help;invoice;void'= {
        }
        &'billctl;help;invoice;finalize'= {
        }
        &'billctl;help;invoice;regenerate'= {
        }
        &'billctl;help;charge'= {
            cand add 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
            cand list 'List one-off charges (pending, billed, void), oldest first'
            cand void 'Void a charge that is not billed yet'
        }
        &'billctl;help;charge;add'= {
        }
        &'billctl;help;charge;list'= {
        }
        &'billctl;help;charge;void'= {
        }
        &'billctl;help;payment'= {
            cand collect 'Charge open invoices to the customers'' default cards (off-session)'
            cand retry 'Retry declined charges whose scheduled day has come (run it daily from cron)'
            cand list 'List payments, oldest first, a page at a time'
            cand show 'Show one payment (our id or the gateway''s payment id) with its refunds'
            cand attempts 'List charge attempts (declines with their codes and next retry dates), oldest first'
            cand record 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
            cand refund 'Refund a card payment in full or in part through its gateway'
        }
        &'billctl;help;payment;collect'= {
        }
        &'billctl;help;payment;retry'= {
        }
        &'billctl;help;payment;list'= {
        }
        &'billctl;help;payment;show'= {
        }
        &'billctl;help;payment;attempts'= {
        }
        &'billctl;help;payment;record'= {
        }
        &'billctl;help;payment;refund'= {
        }
        &'billctl;help;stripe'= {
            cand sync 'Pull gateway events since the last sync and reconcile payments and customers'
            cand verify-webhook 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
        }
        &'billctl;help;stripe;sync'= {
        }
        &'billctl;help;stripe;verify-webhook'= {
        }
        &'billctl;help;credit'= {
            cand grant 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first'
            cand apply 'Apply the account''s credit to its open invoices now, oldest first (idempotent)'
            cand list 'List credit grants with what is left of each, and the balance'
            cand void 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
        }
        &'billctl;help;credit;grant'= {
        }
        &'billctl;help;credit;apply'= {
        }
        &'billctl;help;credit;list'= {
        }
        &'billctl;help;credit;void'= {
        }
        &'billctl;help;usage'= {
            cand record 'Record one usage event'
            cand import 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
        }
        &'billctl;help;usage;record'= {
        }
        &'billctl;help;usage;import'= {
        }
        &'billctl;help;notify'= {
            cand deliver 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
            cand list 'List deliveries (e-mails and webhooks) and how they went'
            cand preview 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
            cand check-templates 'Check the e-mail template overrides in templates_dir: every file must compile'
        }
        &'billctl;help;notify;deliver'= {
        }
        &'billctl;help;notify;list'= {
        }
        &'billctl;help;notify;preview'= {
        }
        &'billctl;help;notify;check-templates'= {
        }
        &'billctl;help;dunning'= {
            cand tick 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
            cand status 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
            cand policy 'Dunning policies: set NAME --file, show NAME, list'
        }
        &'billctl;help;dunning;tick'= {
        }
        &'billctl;help;dunning;status'= {
        }
        &'billctl;help;dunning;policy'= {
            cand set 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)'
            cand show 'Show a policy (as TOML; JSON with --format json)'
            cand list 'List the policies, with the built-in default unless a stored `default` replaces it'
        }
        &'billctl;help;dunning;policy;set'= {
        }
        &'billctl;help;dunning;policy;show'= {
        }
        &'billctl;help;dunning;policy;list'= {
        }
        &'billctl;help;export'= {
        }
        &'billctl;help;webhook'= {
            cand endpoint 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
            cand deliveries 'List webhook deliveries and how they went'
            cand replay 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)'
            cand test 'Send a webhook.test event to one endpoint now and show how it went'
            cand verify 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)'
        }
        &'billctl;help;webhook;endpoint'= {
            cand add 'Add an endpoint; prints its signing secret once'
            cand list 'List endpoints, their state and waiting deliveries'
            cand disable 'Stop sending to an endpoint (its deliveries wait until it is enabled)'
            cand enable 'Send to an endpoint again (also after 410 Gone or five failing days)'
            cand rotate-secret 'Make a new signing secret; the old one keeps signing during the overlap'
            cand remove 'Remove an endpoint (refused while deliveries wait, unless --force)'
        }
        &'billctl;help;webhook;endpoint;add'= {
        }
        &'billctl;help;webhook;endpoint;list'= {
        }
        &'billctl;help;webhook;endpoint;disable'= {
        }
        &'billctl;help;webhook;endpoint;enable'= {
        }
        &'billctl;help;webhook;endpoint;rotate-secret'= {
        }
        &'billctl;help;webhook;endpoint;remove'= {
        }
        &'billctl;help;webhook;deliveries'= {
        }
        &'billctl;help;webhook;replay'= {
        }
        &'billctl;help;webhook;test'= {
        }
        &'billctl;help;webhook;verify'= {
        }
        &'billctl;help;tax'= {
            cand rate 'Tax rates: add, list'
        }
        &'billctl;help;tax;rate'= {
            cand add 'Add a rate for a country (or one of its regions), in force from a date'
            cand list 'List rates (all, or only those in force on a date)'
        }
        &'billctl;help;tax;rate;add'= {
        }
        &'billctl;help;tax;rate;list'= {
        }
        &'billctl;help;audit'= {
            cand list 'The audit log, newest first: who (OS user, database role), what, when, before and after'
            cand verify 'Check the audit log''s hash chain: no row edited, removed or inserted out of band'
        }
        &'billctl;help;audit;list'= {
        }
        &'billctl;help;audit;verify'= {
        }
        &'billctl;help;report'= {
            cand mrr 'MRR and ARR at each period end, and the movements in each period, per currency'
            cand aging 'Open receivables by age since the due date, per currency (and per account)'
            cand churn 'Customer churn rate and gross and net MRR churn rate per period, per currency'
            cand ltv 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
            cand revenue 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
            cand customers 'The top accounts of each currency by revenue invoiced or by MRR'
            cand subscriptions 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
        }
        &'billctl;help;report;mrr'= {
        }
        &'billctl;help;report;aging'= {
        }
        &'billctl;help;report;churn'= {
        }
        &'billctl;help;report;ltv'= {
        }
        &'billctl;help;report;revenue'= {
        }
        &'billctl;help;report;customers'= {
        }
        &'billctl;help;report;subscriptions'= {
        }
        &'billctl;help;demo'= {
        }
        &'billctl;help;seed'= {
        }
        &'billctl;help;db'= {
            cand status 'Show which database billctl uses, whether it runs, and the migration level'
            cand start 'Start the embedded cluster (initialising it on first use)'
            cand stop 'Stop the embedded cluster'
            cand migrate 'Apply pending migrations (also done automatically by every command)'
            cand reset 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
        }
        &'billctl;help;db;status'= {
        }
        &'billctl;help;db;start'= {
        }
        &'billctl;help;db;stop'= {
        }
        &'billctl;help;db;migrate'= {
        }
        &'billctl;help;db;reset'= {
        }
        &'billctl;help;config'= {
            cand show 'Print the effective configuration and where each value comes from (secrets redacted)'
            cand init 'Write a commented config.toml template (refuses to overwrite an existing file)'
        }
        &'billctl;help;config;show'= {
        }
        &'billctl;help;config;init'= {
        }
        &'billctl;help;completions'= {
        }
        &'billctl;help;generate'= {
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages (one per command) into DIR'
        }
        &'billctl;help;generate;completions'= {
        }
        &'billctl;help;generate;man'= {
        }
        &'billctl;help;help'= {
        }
    ]
    $completions[$command]
}
