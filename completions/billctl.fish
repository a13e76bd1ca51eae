# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_billctl_global_optspecs
    string join \n database-url= as-of= format= y/yes q/quiet no-color h/help V/version
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
csv\t''"
complete -c billctl -n "__fish_billctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_needs_command" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_needs_command" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_needs_command" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_needs_command" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "account" -d 'Customers: create, list, show, update, archive, import from CSV'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "plan" -d 'The catalog: plans, versions, prices per currency, tiers, trials'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "subscription" -d 'Subscriptions: create, change with proration, pause, resume, cancel'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "seed" -d 'Deterministic fixtures for CI scripts and benchmarks'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "db" -d 'The embedded PostgreSQL cluster and migrations'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "config" -d 'Show or create the configuration file'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c billctl -n "__fish_billctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand account; and not __fish_seen_subcommand_from create list show update archive import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l name -d 'Display name of the customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l email -d 'Billing e-mail address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l currency -d 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone for billing periods (default UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l country -d 'Two-letter country code (tax)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l external-id -d 'Your own unique id for this customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l tax-id -d 'Tax / VAT id' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l tax-exempt -d 'Tax exempt: true or false' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l business -d 'Business customer: true or false (EU reverse charge)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l address-line1 -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l address-line2 -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l city -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l region -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l postal-code -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata as key=value (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l status -d 'Only this status: active, warning, blocked' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l email -d 'Only e-mails containing this text (case-insensitive)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l created-from -d 'Created on or after this date (YYYY-MM-DD, UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l created-to -d 'Created before this date (YYYY-MM-DD, UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l limit -d 'Page size' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l after -d 'Start after this account id (the last id of the previous page)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l archived -d 'Include archived accounts'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l name -d 'Display name of the customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l email -d 'Billing e-mail address' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l currency -d 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l timezone -d 'IANA time zone for billing periods (default UTC)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l country -d 'Two-letter country code (tax)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l external-id -d 'Your own unique id for this customer' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l tax-id -d 'Tax / VAT id' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l tax-exempt -d 'Tax exempt: true or false' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l business -d 'Business customer: true or false (EU reverse charge)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l address-line1 -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l address-line2 -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l city -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l region -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l postal-code -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l status -d 'Status (active, warning, blocked); normally set by dunning' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l metadata -d 'Set metadata key=value (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l unset-metadata -d 'Remove a metadata key (repeatable)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would be imported, write nothing'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l accounts -d 'Number of accounts (each gets one subscription)' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l seed -d 'Random seed: the same seed gives the same data' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l start-date -d 'Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l usage-events -d 'Usage events (api_calls) per metered subscription, within its current period' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l batch-size -d 'Accounts per COPY batch' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand seed" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and not __fish_seen_subcommand_from status start stop migrate reset help" -s V -l version -d 'Print version'
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
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand db; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
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
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l print -d 'Print the template to stdout instead of writing the file'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "man" -d 'Write man pages (one per command) into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l out-dir -r -F
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l out-dir -r -F
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l database-url -d 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l as-of -d 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW' -r
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l format -d 'Output format for data on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s y -l yes -d 'Answer yes to confirmations (for scripts and cron)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s q -l quiet -d 'Print only data and errors, no progress or messages'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l no-color -d 'Disable colours (also NO_COLOR)'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s V -l version -d 'Print version'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write man pages (one per command) into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "account" -d 'Customers: create, list, show, update, archive, import from CSV'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "plan" -d 'The catalog: plans, versions, prices per currency, tiers, trials'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "subscription" -d 'Subscriptions: create, change with proration, pause, resume, cancel'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "seed" -d 'Deterministic fixtures for CI scripts and benchmarks'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "db" -d 'The embedded PostgreSQL cluster and migrations'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "config" -d 'Show or create the configuration file'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "generate" -d 'Generate shell completions and man pages'
complete -c billctl -n "__fish_billctl_using_subcommand help; and not __fish_seen_subcommand_from account plan subscription seed db config generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account. At a terminal, missing required fields are asked for'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts, oldest first, a page at a time'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account by id (acct_…) or external id'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change fields of an account (give only what changes; an empty value clears an optional field)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "archive" -d 'Archive an account: kept for history, hidden from lists, no new subscriptions'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "list" -d 'List'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show which database billctl uses, whether it runs, and the migration level'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Start the embedded cluster (initialising it on first use)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the embedded cluster'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations (also done automatically by every command)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "reset" -d 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration and where each value comes from (secrets redacted)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config.toml template (refuses to overwrite an existing file)'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR'
complete -c billctl -n "__fish_billctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write man pages (one per command) into DIR'
