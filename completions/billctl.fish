# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_billctl_global_optspecs
    string join \n database-url= as-of= format= y/yes q/quiet no-color reason= h/help V/version
end

function __fish_billctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_billctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_billctl_using_subcommand
    set -l cmd (__fish_billctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c billctl -n "__fish_billctl_needs_command" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_needs_command" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_needs_command" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_needs_command" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_needs_command" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_needs_command" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_needs_command" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "account" -d 'Customers: create, list, show, update, archive, import from CSV'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "plan" -d 'The catalog: plans, versions, prices per currency, tiers, trials'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "subscription" -d 'Subscriptions: create, change with proration, pause, resume, cancel'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "invoice" -d 'Invoices: run (the billing engine), preview, list, show, void, finalize'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "charge" -d 'One-off charges: add (on the next invoice or invoiced now), list, void'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "payment" -d 'Payments: collect, retry (cron), list, show, record external payments, refund'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "stripe" -d 'Stripe: sync events (reconcile payments and customers), verify webhook signatures'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "credit" -d 'Account credit: grant, list, void (a ledger; the balance is its sum)'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "usage" -d 'Metered usage: record one event or import a CSV file (idempotent per key)'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "notify" -d 'Notifications: deliver due e-mails and webhooks (cron), list the outbox'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "dunning" -d 'Dunning: take the due steps of overdue accounts (cron), status, policies'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "export" -d 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "webhook" -d 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "tax" -d 'Tax rates per country and region'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "audit" -d 'The audit log: list who changed what; verify its hash chain'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "report" -d 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "demo" -d 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "seed" -d 'Deterministic fixtures for CI scripts and benchmarks'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "db" -d 'The embedded PostgreSQL cluster and migrations'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "config" -d 'Show or create the configuration file'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "payment-method" -d 'Cards of an account at the payment gateway: add, list, default (shown masked)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from payment-method create list show update archive import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -f -a "add" -d 'Attach a card to the account at the gateway (creating the gateway customer if needed)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -f -a "list" -d 'List the account\'s cards (brand, last 4, expiry; never more)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -f -a "default" -d 'Make one of the account\'s cards the default (our id card_… or the gateway\'s pm_…)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from payment-method" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l name -d 'Display name of the customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l email -d 'Billing e-mail address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l currency -d 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone for billing periods (default UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l country -d 'Two-letter country code (tax)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l external-id -d 'Your own unique id for this customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l tax-id -d 'Tax / VAT id' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l tax-exempt -d 'Tax exempt: true or false' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l business -d 'Business customer: true or false (EU reverse charge)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l address-line1 -d 'Billing address, first line (street and number)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l address-line2 -d 'Billing address, second line' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l city -d 'City of the billing address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l region -d 'Region or state of the billing address, e.g. CA (tax rates can depend on it)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l postal-code -d 'Postal code of the billing address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata as key=value (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l status -d 'Only this status: active, warning, blocked' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l email -d 'Only e-mails containing this text (case-insensitive)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l created-from -d 'Created on or after this date (YYYY-MM-DD, UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l created-to -d 'Created before this date (YYYY-MM-DD, UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many accounts' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l after -d 'Start after this account id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l archived -d 'Include archived accounts'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l name -d 'Display name of the customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l email -d 'Billing e-mail address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l currency -d 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l timezone -d 'IANA time zone for billing periods (default UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l country -d 'Two-letter country code (tax)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l external-id -d 'Your own unique id for this customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l tax-id -d 'Tax / VAT id' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l tax-exempt -d 'Tax exempt: true or false' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l business -d 'Business customer: true or false (EU reverse charge)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l address-line1 -d 'Billing address, first line (street and number)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l address-line2 -d 'Billing address, second line' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l city -d 'City of the billing address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l region -d 'Region or state of the billing address, e.g. CA (tax rates can depend on it)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l postal-code -d 'Postal code of the billing address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l status -d 'Status (active, warning, blocked); normally set by dunning' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l metadata -d 'Set metadata key=value (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l unset-metadata -d 'Remove a metadata key (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l billing-email -d 'Billing contact that gets a copy (Cc) of every e-mail; "" removes it' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l locale -d 'Language of the account\'s e-mails: de, fr, pt-BR … (templates fall back to en)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l dunning-policy -d 'Dunning policy of the account (`default`: the default policy)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-reminders -d 'Stop payment reminder e-mails (notices about invoices, payments and the account still go)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l reminders -d 'Send payment reminder e-mails again'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-dunning -d 'Exclude the account from dunning (no steps are taken for it)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l dunning -d 'Include an excluded account in dunning again'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l skip-existing -d 'Skip the rows whose account exists already (same external_id; without one, same e-mail)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "payment-method" -d 'Cards of an account at the payment gateway: add, list, default (shown masked)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "create" -d 'Create a plan (version 1) with its prices per currency'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "edit" -d 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "list" -d 'List plans with their latest version'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "show" -d 'Show a plan version with its prices and tiers'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "archive" -d 'Archive a plan: existing subscriptions continue, no new ones'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from create edit list show archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l code -d 'Unique code (letters, digits, - and _), e.g. pro-monthly' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l name -d 'Display name on invoices' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l description -d 'Longer description of the plan' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l interval -d 'Billing interval' -r -f -a "day\t''
week\t''
month\t''
year\t''"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l interval-count -d 'Number of intervals per period (e.g. 3 with month = quarterly)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l trial-days -d 'Free trial days for new subscriptions' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l price -d 'Flat price per period, CURRENCY:AMOUNT (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l seat-price -d 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l metered -d 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l file -d 'The whole plan as JSON (code, name, interval, interval_count, trial_days, prices)' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l name -d 'New display name (changed in place, no new version)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l description -d 'New description (changed in place, no new version)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l interval -d 'New billing interval (a new version)' -r -f -a "day\t''
week\t''
month\t''
year\t''"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l interval-count -d 'New number of intervals per period (a new version)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l trial-days -d 'New free trial days for new subscriptions (a new version)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l price -d 'Flat price per period, CURRENCY:AMOUNT (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l seat-price -d 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l metered -d 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l archived -d 'Include archived plans'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l version -d 'Version number (default: latest)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a plan (version 1) with its prices per currency'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List plans with their latest version'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a plan version with its prices and tiers'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a plan: existing subscriptions continue, no new ones'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "create" -d 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "list" -d 'List subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "show" -d 'Show a subscription with its history and pending proration charges'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "change" -d 'Change plan or quantity, now (prorated) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "cancel" -d 'Cancel now (optionally crediting unused time) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "pause" -d 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "resume" -d 'Resume a paused subscription; a new billing cycle starts today'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from create list show change cancel pause resume help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l account -d 'Account id or external id' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l plan -d 'Plan code (its latest version is used)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l quantity -d 'Seats (multiplies per-seat prices), 1 to 2147483647' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l start -d 'First day of service (default: today in the account\'s time zone)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l trial-days -d 'Trial days (default: the plan\'s)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l anchor -d 'Billing anchor date (default: first paid day); days before it are billed as a prorated stub' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l external-id -d 'Your own unique key for this subscription' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l no-trial -d 'No trial even if the plan has one'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l status -d 'Only this status: trialing, active, paused, canceled' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l plan -d 'Only this plan code' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many subscriptions' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l after -d 'Start after this subscription id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l plan -d 'New plan code (its latest version); the same code moves to the latest version' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l quantity -d 'New quantity, 1 to 2147483647' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l at -d 'When the change takes effect' -r -f -a "now\t''
period-end\t''"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l invoice -d 'When a net charge is invoiced: now (a numbered invoice issued at once) or with the next invoice of the subscription [default: proration_invoicing in config.toml, else now]' -r -f -a "now\t''
next\t''"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l dry-run -d 'Show the proration lines the invoice run will produce; write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l at -d 'When the cancellation takes effect: at the end of the current period, or now' -r -f -a "now\t''
period-end\t''"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l credit -d 'With --at now: correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Show exactly what it would do (the same checks and amounts) and write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l until -d 'Resume automatically on this date' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l max-days -d 'Cancel automatically after this many days paused' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l credit -d 'Correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "create" -d 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a subscription with its history and pending proration charges'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change plan or quantity, now (prorated) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel now (optionally crediting unused time) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused subscription; a new billing cycle starts today'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "run" -d 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "preview" -d 'Show the next invoice(s) an account will get, without writing anything'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "list" -d 'List invoices (or credit notes), oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "show" -d 'Show one invoice or credit note (by id or number) with its lines and totals'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "void" -d 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "finalize" -d 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "regenerate" -d 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and not __fish_seen_subcommand_from run preview list show void finalize regenerate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l batch-size -d 'Accounts per transaction' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l workers -d 'Batches processed concurrently' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l lock-timeout -d 'Seconds to wait, in all, for accounts locked by something other than an invoice run (a payment, a credit grant, a psql session); those still locked are reported, exit 6' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l dry-run -d 'Compute exactly what the run would write, to the cent, and write nothing (--format csv or json lists every line; the table shows the first 50 invoices)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l draft -d 'Write the invoices as drafts (no number, not collectable) for review; number them with `billctl invoice finalize --run RUN_ID`'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l status -d 'Only this status: draft, open, paid, void, uncollectible' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind: regular, supplemental, final, manual, or credit_note (lists credit notes)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many invoices' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l after -d 'Start after this invoice id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l credit-account -d 'Also grant the invoice total to the account as credit'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l dry-run -d 'Show exactly what it would do (the same checks and amounts) and write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l run -d 'Every draft written by this invoice run (`invoice run --draft`)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l all-drafts -d 'Every draft invoice'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from finalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l run -d 'The draft run (`invoice run --draft` prints its id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from regenerate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "run" -d 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show the next invoice(s) an account will get, without writing anything'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invoices (or credit notes), oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one invoice or credit note (by id or number) with its lines and totals'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "finalize" -d 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "regenerate" -d 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
complete -c billctl -n "__fish_billctl_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -f -a "add" -d 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -f -a "list" -d 'List one-off charges (pending, billed, void), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -f -a "void" -d 'Void a charge that is not billed yet'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and not __fish_seen_subcommand_from add list void help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l account -d 'Account id or external id' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l amount -d 'Amount in major units of the account\'s currency (25.00)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l description -d 'What the charge is for (shown on the invoice line)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l invoice -d 'Invoice it now (a numbered invoice of its own) or on the account\'s next invoice' -r -f -a "now\t''
next\t''"
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l tax-exempt -d 'Bill it without tax (on an invoice of its own)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many charges' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l after -d 'Start after this charge id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from help" -f -a "add" -d 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from help" -f -a "list" -d 'List one-off charges (pending, billed, void), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void a charge that is not billed yet'
complete -c billctl -n "__fish_billctl_using_subcommand charge; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "collect" -d 'Charge open invoices to the customers\' default cards (off-session)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "retry" -d 'Retry declined charges whose scheduled day has come (run it daily from cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "list" -d 'List payments, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "show" -d 'Show one payment (our id or the gateway\'s payment id) with its refunds'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "attempts" -d 'List charge attempts (declines with their codes and next retry dates), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "record" -d 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "refund" -d 'Refund a card payment in full or in part through its gateway'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and not __fish_seen_subcommand_from collect retry list show attempts record refund help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l invoice -d 'Charge this invoice (id or number)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l concurrency -d 'Charges in flight at once (each holds a database connection while it waits for the gateway)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l rate -d 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l breaker -d 'Stop the batch after this many gateway failures in a row' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l schedule -d 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account\'s dunning policy\'s)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l all -d 'Charge every open invoice not attempted yet'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l dry-run -d 'Show what would be charged; call no gateway, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from collect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l concurrency -d 'Charges in flight at once (each holds a database connection while it waits for the gateway)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l rate -d 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l breaker -d 'Stop the batch after this many gateway failures in a row' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l schedule -d 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account\'s dunning policy\'s)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l dry-run -d 'Show what would be charged; call no gateway, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l invoice -d 'Only this invoice (id or number)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l status -d 'Only this status: succeeded, refunded, partially_refunded, pending, failed' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many payments' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l after -d 'Start after this payment id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l invoice -d 'Only this invoice (id or number)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l status -d 'Only this status: started, succeeded, failed, uncertain' -r -f -a "started\t''
succeeded\t''
failed\t''
uncertain\t''"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l limit -d 'Page size: at most this many attempts' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l after -d 'Start after this attempt id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from attempts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l amount -d 'Amount received, in the invoice\'s currency (12.34)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l method -d 'How it was paid: wire, cash, check, other' -r -f -a "wire\t''
cash\t''
check\t''
other\t''"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l reference -d 'Bank reference, check number, receipt …' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l amount -d 'Amount to refund in the payment\'s currency (default: all that is left); `--reason` (global) is kept with the refund and in the audit log' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l dry-run -d 'Show exactly what it would do (the same checks and amounts) and write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from refund" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "collect" -d 'Charge open invoices to the customers\' default cards (off-session)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Retry declined charges whose scheduled day has come (run it daily from cron)'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List payments, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one payment (our id or the gateway\'s payment id) with its refunds'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "attempts" -d 'List charge attempts (declines with their codes and next retry dates), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "refund" -d 'Refund a card payment in full or in part through its gateway'
complete -c billctl -n "__fish_billctl_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -f -a "sync" -d 'Pull gateway events since the last sync and reconcile payments and customers'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -f -a "verify-webhook" -d 'Check a webhook payload\'s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and not __fish_seen_subcommand_from sync verify-webhook help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l secret -d 'The endpoint\'s signing secret (whsec_…)' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l header -d 'The Stripe-Signature header, with or without its name' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l payload -d 'File with the raw request body, byte for byte' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l tolerance -d 'Seconds the timestamp may differ from now' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from verify-webhook" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Pull gateway events since the last sync and reconcile payments and customers'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from help" -f -a "verify-webhook" -d 'Check a webhook payload\'s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
complete -c billctl -n "__fish_billctl_using_subcommand stripe; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -f -a "grant" -d 'Grant credit to an account (in the account\'s currency); open invoices use it at once, oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -f -a "apply" -d 'Apply the account\'s credit to its open invoices now, oldest first (idempotent)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -f -a "list" -d 'List credit grants with what is left of each, and the balance'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -f -a "void" -d 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and not __fish_seen_subcommand_from grant apply list void help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l account -d 'Account id or external id' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l amount -d 'Amount in major units of the account\'s currency (12.50); `--reason` (required here) says why the credit is given, kept on the ledger and in the audit log' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show what would be applied, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l limit -d 'Page size: at most this many grants' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l after -d 'Start after this grant id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l dry-run -d 'Show exactly what it would void and write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant credit to an account (in the account\'s currency); open invoices use it at once, oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply the account\'s credit to its open invoices now, oldest first (idempotent)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List credit grants with what is left of each, and the balance'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
complete -c billctl -n "__fish_billctl_using_subcommand credit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -f -a "record" -d 'Record one usage event'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -f -a "import" -d 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and not __fish_seen_subcommand_from record import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l subscription -d 'Subscription id or external id' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l metric -d 'Metric name (as in the plan\'s metered price)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l quantity -d 'How much was used (a non-negative decimal)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l at -d 'When it happened (RFC 3339, e.g. 2026-01-15T10:00:00Z)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l key -d 'Idempotency key, unique per account' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and count what would be imported, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record one usage event'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -f -a "deliver" -d 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -f -a "list" -d 'List deliveries (e-mails and webhooks) and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -f -a "preview" -d 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -f -a "check-templates" -d 'Check the e-mail template overrides in templates_dir: every file must compile'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and not __fish_seen_subcommand_from deliver list preview check-templates help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l limit -d 'Make at most this many attempts, then stop (default: everything that is due)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l workers -d 'Concurrent senders (each holds a database connection)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l channel -d 'Only this channel' -r -f -a "email\t''
webhook\t''"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from deliver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l status -d 'Only deliveries in this state' -r -f -a "pending\t''
sent\t''
failed\t''"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l channel -d 'Only this channel' -r -f -a "email\t''
webhook\t''"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l account -d 'Only this account\'s' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l event -d 'Only this event\'s' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l limit -d 'Page size' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l after -d 'Start after this delivery id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l account -d 'Account id (acct_…) or external id' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l event -d 'Fill it with this event\'s data (evt_…) instead of the account\'s latest matching event' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l html -d 'Show the HTML part too'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from check-templates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "deliver" -d 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deliveries (e-mails and webhooks) and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "check-templates" -d 'Check the e-mail template overrides in templates_dir: every file must compile'
complete -c billctl -n "__fish_billctl_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -f -a "tick" -d 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -f -a "status" -d 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -f -a "policy" -d 'Dunning policies: set NAME --file, show NAME, list'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and not __fish_seen_subcommand_from tick status policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l batch-size -d 'Accounts per transaction (each status change\'s audit row is chained at commit, a cost that grows with the rows per transaction: smaller batches are faster, down to about 250)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l workers -d 'Batches in flight at once, each on its own database connection' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l dry-run -d 'Show what a real tick would do (per account: step, actions) and write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from tick" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l account -d 'Only this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l stage -d 'Only accounts at this stage: a step number, `none`, or an action name (remind, warn, block, …)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l limit -d 'At most this many accounts' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show a policy (as TOML; JSON with --format json)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -f -a "list" -d 'List the policies, with the built-in default unless a stored `default` replaces it'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "tick" -d 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "status" -d 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Dunning policies: set NAME --file, show NAME, list'
complete -c billctl -n "__fish_billctl_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand export" -l from -d 'Only rows on or after this day (the entity\'s date: issue date, creation, …)' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l to -d 'Only rows on or before this day' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l account -d 'Only this account\'s rows (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l status -d 'Only rows in this status (entities that have one; `--list` shows which)' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l columns -d 'Only these columns, in this order (comma-separated)' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -s o -l output -d 'Write to this file (atomically) instead of stdout' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand export" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand export" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand export" -l list -d 'List the entities and their columns instead'
complete -c billctl -n "__fish_billctl_using_subcommand export" -l excel -d 'Start the CSV with a UTF-8 byte-order mark, for Excel'
complete -c billctl -n "__fish_billctl_using_subcommand export" -l sql -d 'Print the SELECT the export runs instead of running it (to run it elsewhere, e.g. psql)'
complete -c billctl -n "__fish_billctl_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand export" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand export" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "endpoint" -d 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "deliveries" -d 'List webhook deliveries and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "replay" -d 'Queue an event\'s webhook deliveries again (and send it to endpoints added after it)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "test" -d 'Send a webhook.test event to one endpoint now and show how it went'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "verify" -d 'Check a delivery\'s signature as a receiver would (exit 0 valid, 4 not valid)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and not __fish_seen_subcommand_from endpoint deliveries replay test verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "add" -d 'Add an endpoint; prints its signing secret once'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "list" -d 'List endpoints, their state and waiting deliveries'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "disable" -d 'Stop sending to an endpoint (its deliveries wait until it is enabled)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "enable" -d 'Send to an endpoint again (also after 410 Gone or five failing days)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "rotate-secret" -d 'Make a new signing secret; the old one keeps signing during the overlap'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "remove" -d 'Remove an endpoint (refused while deliveries wait, unless --force)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from endpoint" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l endpoint -d 'Only this endpoint\'s' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l status -d 'Only deliveries in this state' -r -f -a "pending\t''
sent\t''
failed\t''"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l event -d 'Only this event\'s' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l limit -d 'Page size' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l after -d 'Start after this delivery id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l endpoint -d 'Only to this endpoint' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l secret -d 'The endpoint\'s signing secret (whsec_…); repeat for both secrets during a rotation' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l header -d 'A received header, \'name: value\' (webhook-id, webhook-timestamp, webhook-signature)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l payload -d 'The file holding the exact body received (\'-\' for stdin)' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l tolerance -d 'Seconds the timestamp may be from now' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "endpoint" -d 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'List webhook deliveries and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Queue an event\'s webhook deliveries again (and send it to endpoints added after it)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a webhook.test event to one endpoint now and show how it went'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a delivery\'s signature as a receiver would (exit 0 valid, 4 not valid)'
complete -c billctl -n "__fish_billctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -f -a "rate" -d 'Tax rates: add, list'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and not __fish_seen_subcommand_from rate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -f -a "add" -d 'Add a rate for a country (or one of its regions), in force from a date'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -f -a "list" -d 'List rates (all, or only those in force on a date)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from rate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from help" -f -a "rate" -d 'Tax rates: add, list'
complete -c billctl -n "__fish_billctl_using_subcommand tax; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'The audit log, newest first: who (OS user, database role), what, when, before and after'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Check the audit log\'s hash chain: no row edited, removed or inserted out of band'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l account -d 'Only rows about this account (id or external id)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l entity -d 'Only this entity: a type (subscription, invoice, …) or one id (sub_…)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only changes made by this OS user or database role' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (credit.grant) or family of actions (credit)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only rows written on or after this date (2026-11-01) or instant (RFC 3339)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l before -d 'The next page: rows older than this audit id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'The audit log, newest first: who (OS user, database role), what, when, before and after'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit log\'s hash chain: no row edited, removed or inserted out of band'
complete -c billctl -n "__fish_billctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "mrr" -d 'MRR and ARR at each period end, and the movements in each period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "aging" -d 'Open receivables by age since the due date, per currency (and per account)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "churn" -d 'Customer churn rate and gross and net MRR churn rate per period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "ltv" -d 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "revenue" -d 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "customers" -d 'The top accounts of each currency by revenue invoiced or by MRR'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "subscriptions" -d 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
complete -c billctl -n "__fish_billctl_using_subcommand report; and not __fish_seen_subcommand_from mrr aging churn ltv revenue customers subscriptions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l from -d 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l to -d 'Last day, included (YYYY-MM-DD; default: today by the clock)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l interval -d 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range' -r -f -a "day\t''
week\t''
month\t''
quarter\t''"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from mrr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l accounts -d 'Also list each account\'s amount in each bucket'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from aging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l from -d 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l to -d 'Last day, included (YYYY-MM-DD; default: today by the clock)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l interval -d 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range' -r -f -a "day\t''
week\t''
month\t''
quarter\t''"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from churn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from ltv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l from -d 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l to -d 'Last day, included (YYYY-MM-DD; default: today by the clock)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l interval -d 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range' -r -f -a "day\t''
week\t''
month\t''
quarter\t''"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l top -d 'How many accounts per currency' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l by -d 'Rank by revenue invoiced in the range or by MRR at its end' -r -f -a "revenue\t''
mrr\t''"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l from -d 'First day of the revenue range (YYYY-MM-DD)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l to -d 'Last day, included (YYYY-MM-DD; default: today by the clock)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l from -d 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l to -d 'Last day, included (YYYY-MM-DD; default: today by the clock)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l interval -d 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range' -r -f -a "day\t''
week\t''
month\t''
quarter\t''"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l currency -d 'Only this currency (ISO 4217 code)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l out -d 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l no-chart -d 'No chart under the table (table format only)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from subscriptions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "mrr" -d 'MRR and ARR at each period end, and the movements in each period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "aging" -d 'Open receivables by age since the due date, per currency (and per account)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "churn" -d 'Customer churn rate and gross and net MRR churn rate per period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "ltv" -d 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "revenue" -d 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "customers" -d 'The top accounts of each currency by revenue invoiced or by MRR'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "subscriptions" -d 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
complete -c billctl -n "__fish_billctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l accounts -d 'Demo accounts (each gets one subscription)' -r
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l seed -d 'Seed of the demo data: accounts get external ids seed-<S>-<i>' -r
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand demo" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand demo" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l accounts -d 'Number of accounts (each gets one subscription)' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l file -d 'Load a declared set of plans, accounts and subscriptions from a JSON file (idempotent)' -r -F
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l seed -d 'Random seed: the same seed gives the same data' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l start-date -d 'Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l usage-events -d 'Usage events (api_calls) per metered subscription, within its current period' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l batch-size -d 'Accounts per COPY batch' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "status" -d 'Show which database billctl uses, whether it runs, and the migration level'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "start" -d 'Start the embedded cluster (initialising it on first use)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "stop" -d 'Stop the embedded cluster'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "migrate" -d 'Apply pending migrations (also done automatically by every command)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "reset" -d 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show which database billctl uses, whether it runs, and the migration level'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the embedded cluster (initialising it on first use)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the embedded cluster'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations (also done automatically by every command)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l print -d 'Print the template to stdout instead of writing the file'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand completions" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand completions" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand completions" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand completions" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand completions" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand completions" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "man" -d 'Write man pages (one per command) into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l out-dir -r -F
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l out-dir -r -F
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''
ndjson\t'JSON, one compact document per line (a list: one line per record), for streaming tools'"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l reason -d 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s q -l quiet -d 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write man pages (one per command) into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "account" -d 'Customers: create, list, show, update, archive, import from CSV'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "plan" -d 'The catalog: plans, versions, prices per currency, tiers, trials'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "subscription" -d 'Subscriptions: create, change with proration, pause, resume, cancel'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "invoice" -d 'Invoices: run (the billing engine), preview, list, show, void, finalize'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "charge" -d 'One-off charges: add (on the next invoice or invoiced now), list, void'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "payment" -d 'Payments: collect, retry (cron), list, show, record external payments, refund'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "stripe" -d 'Stripe: sync events (reconcile payments and customers), verify webhook signatures'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "credit" -d 'Account credit: grant, list, void (a ledger; the balance is its sum)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "usage" -d 'Metered usage: record one event or import a CSV file (idempotent per key)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "notify" -d 'Notifications: deliver due e-mails and webhooks (cron), list the outbox'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "dunning" -d 'Dunning: take the due steps of overdue accounts (cron), status, policies'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "export" -d 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "webhook" -d 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "tax" -d 'Tax rates per country and region'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "audit" -d 'The audit log: list who changed what; verify its hash chain'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "report" -d 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "demo" -d 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "seed" -d 'Deterministic fixtures for CI scripts and benchmarks'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "db" -d 'The embedded PostgreSQL cluster and migrations'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "config" -d 'Show or create the configuration file'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription invoice charge payment stripe credit usage notify dunning export webhook tax audit report demo seed db config completions generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "payment-method" -d 'Cards of an account at the payment gateway: add, list, default (shown masked)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "create" -d 'Create a plan (version 1) with its prices per currency'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "edit" -d 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List plans with their latest version'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show a plan version with its prices and tiers'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "archive" -d 'Archive a plan: existing subscriptions continue, no new ones'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "create" -d 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "list" -d 'List subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "show" -d 'Show a subscription with its history and pending proration charges'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "change" -d 'Change plan or quantity, now (prorated) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "cancel" -d 'Cancel now (optionally crediting unused time) or at the end of the period'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "pause" -d 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "resume" -d 'Resume a paused subscription; a new billing cycle starts today'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "run" -d 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "preview" -d 'Show the next invoice(s) an account will get, without writing anything'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'List invoices (or credit notes), oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "show" -d 'Show one invoice or credit note (by id or number) with its lines and totals'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "void" -d 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "finalize" -d 'Finalize drafts: allocate their numbers, issue them today, open them for payment'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "regenerate" -d 'Regenerate the drafts of a draft run: void them and bill their subscriptions again'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from charge" -f -a "add" -d 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from charge" -f -a "list" -d 'List one-off charges (pending, billed, void), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from charge" -f -a "void" -d 'Void a charge that is not billed yet'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "collect" -d 'Charge open invoices to the customers\' default cards (off-session)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "retry" -d 'Retry declined charges whose scheduled day has come (run it daily from cron)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "list" -d 'List payments, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "show" -d 'Show one payment (our id or the gateway\'s payment id) with its refunds'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "attempts" -d 'List charge attempts (declines with their codes and next retry dates), oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "record" -d 'Record a payment received outside the gateway (wire, cash, check) against an open invoice'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "refund" -d 'Refund a card payment in full or in part through its gateway'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from stripe" -f -a "sync" -d 'Pull gateway events since the last sync and reconcile payments and customers'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from stripe" -f -a "verify-webhook" -d 'Check a webhook payload\'s Stripe-Signature header; prints valid or invalid (exit 0 / 1)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from credit" -f -a "grant" -d 'Grant credit to an account (in the account\'s currency); open invoices use it at once, oldest first'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from credit" -f -a "apply" -d 'Apply the account\'s credit to its open invoices now, oldest first (idempotent)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from credit" -f -a "list" -d 'List credit grants with what is left of each, and the balance'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from credit" -f -a "void" -d 'Void the unused remainder of a grant (a fully used grant cannot be voided)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "record" -d 'Record one usage event'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "import" -d 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "deliver" -d 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "list" -d 'List deliveries (e-mails and webhooks) and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "preview" -d 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "check-templates" -d 'Check the e-mail template overrides in templates_dir: every file must compile'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "tick" -d 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "status" -d 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "policy" -d 'Dunning policies: set NAME --file, show NAME, list'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "endpoint" -d 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "deliveries" -d 'List webhook deliveries and how they went'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "replay" -d 'Queue an event\'s webhook deliveries again (and send it to endpoints added after it)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "test" -d 'Send a webhook.test event to one endpoint now and show how it went'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "verify" -d 'Check a delivery\'s signature as a receiver would (exit 0 valid, 4 not valid)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from tax" -f -a "rate" -d 'Tax rates: add, list'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'The audit log, newest first: who (OS user, database role), what, when, before and after'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit log\'s hash chain: no row edited, removed or inserted out of band'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "mrr" -d 'MRR and ARR at each period end, and the movements in each period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "aging" -d 'Open receivables by age since the due date, per currency (and per account)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "churn" -d 'Customer churn rate and gross and net MRR churn rate per period, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "ltv" -d 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "revenue" -d 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "customers" -d 'The top accounts of each currency by revenue invoiced or by MRR'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "subscriptions" -d 'Subscriptions active, trialing and paused at each period end; new and canceled in each'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show which database billctl uses, whether it runs, and the migration level'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Start the embedded cluster (initialising it on first use)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the embedded cluster'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations (also done automatically by every command)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "reset" -d 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write man pages (one per command) into DIR'
