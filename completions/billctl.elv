
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
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Customers: create, list, show, update, archive, import from CSV'
            cand plan 'The catalog: plans, versions, prices per currency, tiers, trials'
            cand subscription 'Subscriptions: create, change with proration, pause, resume, cancel'
            cand seed 'Deterministic fixtures for CI scripts and benchmarks'
            cand db 'The embedded PostgreSQL cluster and migrations'
            cand config 'Show or create the configuration file'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;account'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
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
            cand --address-line1 'address-line1'
            cand --address-line2 'address-line2'
            cand --city 'city'
            cand --region 'region'
            cand --postal-code 'postal-code'
            cand --metadata 'Metadata as key=value (repeatable)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;account;list'= {
            cand --status 'Only this status: active, warning, blocked'
            cand --email 'Only e-mails containing this text (case-insensitive)'
            cand --created-from 'Created on or after this date (YYYY-MM-DD, UTC)'
            cand --created-to 'Created before this date (YYYY-MM-DD, UTC)'
            cand --limit 'Page size'
            cand --after 'Start after this account id (the last id of the previous page)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --archived 'Include archived accounts'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;account;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand --address-line1 'address-line1'
            cand --address-line2 'address-line2'
            cand --city 'city'
            cand --region 'region'
            cand --postal-code 'postal-code'
            cand --status 'Status (active, warning, blocked); normally set by dunning'
            cand --metadata 'Set metadata key=value (repeatable)'
            cand --unset-metadata 'Remove a metadata key (repeatable)'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;account;archive'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;account;import'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --dry-run 'Check the file and show what would be imported, write nothing'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;account;help'= {
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
            cand help 'Print this message or the help of the given subcommand(s)'
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
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;plan;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;plan;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;plan;help;list'= {
        }
        &'billctl;plan;help;help'= {
        }
        &'billctl;subscription'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;subscription;list'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;subscription;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;subscription;help;list'= {
        }
        &'billctl;subscription;help;help'= {
        }
        &'billctl;seed'= {
            cand --accounts 'Number of accounts (each gets one subscription)'
            cand --seed 'Random seed: the same seed gives the same data'
            cand --start-date 'Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]'
            cand --usage-events 'Usage events (api_calls) per metered subscription, within its current period'
            cand --batch-size 'Accounts per COPY batch'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;db'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;db;start'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;db;stop'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;db;migrate'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;db;reset'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the effective configuration and where each value comes from (secrets redacted)'
            cand init 'Write a commented config.toml template (refuses to overwrite an existing file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;config;show'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;config;init'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand --print 'Print the template to stdout instead of writing the file'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
        &'billctl;generate'= {
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand completions 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
            cand man 'Write man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;generate;completions'= {
            cand --out-dir 'out-dir'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'billctl;generate;man'= {
            cand --out-dir 'out-dir'
            cand --database-url 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)'
            cand --as-of 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW'
            cand --format 'Output format for data on stdout'
            cand -y 'Answer yes to confirmations (for scripts and cron)'
            cand --yes 'Answer yes to confirmations (for scripts and cron)'
            cand -q 'Print only data and errors, no progress or messages'
            cand --quiet 'Print only data and errors, no progress or messages'
            cand --no-color 'Disable colours (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand seed 'Deterministic fixtures for CI scripts and benchmarks'
            cand db 'The embedded PostgreSQL cluster and migrations'
            cand config 'Show or create the configuration file'
            cand generate 'Generate shell completions and man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'billctl;help;account'= {
            cand create 'Create an account. At a terminal, missing required fields are asked for'
            cand list 'List accounts, oldest first, a page at a time'
            cand show 'Show one account by id (acct_…) or external id'
            cand update 'Change fields of an account (give only what changes; an empty value clears an optional field)'
            cand archive 'Archive an account: kept for history, hidden from lists, no new subscriptions'
            cand import 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
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
            cand list 'List'
        }
        &'billctl;help;plan;list'= {
        }
        &'billctl;help;subscription'= {
            cand list 'List'
        }
        &'billctl;help;subscription;list'= {
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
