
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'billctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'billctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'billctl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Customers: create, list, show, update, archive, import from CSV')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The catalog: plans, versions, prices per currency, tiers, trials')
            [CompletionResult]::new('subscription', 'subscription', [CompletionResultType]::ParameterValue, 'Subscriptions: create, change with proration, pause, resume, cancel')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices: run (the billing engine), preview, list, show, void, finalize')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'One-off charges: add (on the next invoice or invoiced now), list, void')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Payments: collect, retry (cron), list, show, record external payments, refund')
            [CompletionResult]::new('stripe', 'stripe', [CompletionResultType]::ParameterValue, 'Stripe: sync events (reconcile payments and customers), verify webhook signatures')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Account credit: grant, list, void (a ledger; the balance is its sum)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Metered usage: record one event or import a CSV file (idempotent per key)')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notifications: deliver due e-mails and webhooks (cron), list the outbox')
            [CompletionResult]::new('dunning', 'dunning', [CompletionResultType]::ParameterValue, 'Dunning: take the due steps of overdue accounts (cron), status, policies')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify')
            [CompletionResult]::new('tax', 'tax', [CompletionResultType]::ParameterValue, 'Tax rates per country and region')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: list who changed what; verify its hash chain')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Deterministic fixtures for CI scripts and benchmarks')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded PostgreSQL cluster and migrations')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or create the configuration file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate shell completions and man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;account' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('payment-method', 'payment-method', [CompletionResultType]::ParameterValue, 'Cards of an account at the payment gateway: add, list, default (shown masked)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account. At a terminal, missing required fields are asked for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account by id (acct_…) or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of an account (give only what changes; an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an account: kept for history, hidden from lists, no new subscriptions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;account;payment-method' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a card to the account at the gateway (creating the gateway customer if needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s cards (brand, last 4, expiry; never more)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;account;payment-method;add' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Payment method token (pm_…)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the card charged by `payment collect` and `payment retry`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;payment-method;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;payment-method;default' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;payment-method;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a card to the account at the gateway (creating the gateway customer if needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s cards (brand, last 4, expiry; never more)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;account;payment-method;help;add' {
            break
        }
        'billctl;account;payment-method;help;list' {
            break
        }
        'billctl;account;payment-method;help;default' {
            break
        }
        'billctl;account;payment-method;help;help' {
            break
        }
        'billctl;account;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the customer')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing e-mail address')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone for billing periods (default UTC)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Two-letter country code (tax)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own unique id for this customer')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'Tax / VAT id')
            [CompletionResult]::new('--tax-exempt', '--tax-exempt', [CompletionResultType]::ParameterName, 'Tax exempt: true or false')
            [CompletionResult]::new('--business', '--business', [CompletionResultType]::ParameterName, 'Business customer: true or false (EU reverse charge)')
            [CompletionResult]::new('--address-line1', '--address-line1', [CompletionResultType]::ParameterName, 'Billing address, first line (street and number)')
            [CompletionResult]::new('--address-line2', '--address-line2', [CompletionResultType]::ParameterName, 'Billing address, second line')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City of the billing address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region or state of the billing address, e.g. CA (tax rates can depend on it)')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'Postal code of the billing address')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata as key=value (repeatable)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: active, warning, blocked')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Only e-mails containing this text (case-insensitive)')
            [CompletionResult]::new('--created-from', '--created-from', [CompletionResultType]::ParameterName, 'Created on or after this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--created-to', '--created-to', [CompletionResultType]::ParameterName, 'Created before this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many accounts')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this account id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived accounts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the customer')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Billing e-mail address')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone for billing periods (default UTC)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Two-letter country code (tax)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own unique id for this customer')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'Tax / VAT id')
            [CompletionResult]::new('--tax-exempt', '--tax-exempt', [CompletionResultType]::ParameterName, 'Tax exempt: true or false')
            [CompletionResult]::new('--business', '--business', [CompletionResultType]::ParameterName, 'Business customer: true or false (EU reverse charge)')
            [CompletionResult]::new('--address-line1', '--address-line1', [CompletionResultType]::ParameterName, 'Billing address, first line (street and number)')
            [CompletionResult]::new('--address-line2', '--address-line2', [CompletionResultType]::ParameterName, 'Billing address, second line')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City of the billing address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region or state of the billing address, e.g. CA (tax rates can depend on it)')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'Postal code of the billing address')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status (active, warning, blocked); normally set by dunning')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Set metadata key=value (repeatable)')
            [CompletionResult]::new('--unset-metadata', '--unset-metadata', [CompletionResultType]::ParameterName, 'Remove a metadata key (repeatable)')
            [CompletionResult]::new('--billing-email', '--billing-email', [CompletionResultType]::ParameterName, 'Billing contact that gets a copy (Cc) of every e-mail; "" removes it')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of the account''s e-mails: de, fr, pt-BR … (templates fall back to en)')
            [CompletionResult]::new('--dunning-policy', '--dunning-policy', [CompletionResultType]::ParameterName, 'Dunning policy of the account (`default`: the default policy)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-reminders', '--no-reminders', [CompletionResultType]::ParameterName, 'Stop payment reminder e-mails (notices about invoices, payments and the account still go)')
            [CompletionResult]::new('--reminders', '--reminders', [CompletionResultType]::ParameterName, 'Send payment reminder e-mails again')
            [CompletionResult]::new('--no-dunning', '--no-dunning', [CompletionResultType]::ParameterName, 'Exclude the account from dunning (no steps are taken for it)')
            [CompletionResult]::new('--dunning', '--dunning', [CompletionResultType]::ParameterName, 'Include an excluded account in dunning again')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;archive' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;import' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would be imported, write nothing')
            [CompletionResult]::new('--skip-existing', '--skip-existing', [CompletionResultType]::ParameterName, 'Skip the rows whose account exists already (same external_id; without one, same e-mail)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;account;help' {
            [CompletionResult]::new('payment-method', 'payment-method', [CompletionResultType]::ParameterValue, 'Cards of an account at the payment gateway: add, list, default (shown masked)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account. At a terminal, missing required fields are asked for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account by id (acct_…) or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of an account (give only what changes; an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an account: kept for history, hidden from lists, no new subscriptions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;account;help;payment-method' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a card to the account at the gateway (creating the gateway customer if needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s cards (brand, last 4, expiry; never more)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)')
            break
        }
        'billctl;account;help;payment-method;add' {
            break
        }
        'billctl;account;help;payment-method;list' {
            break
        }
        'billctl;account;help;payment-method;default' {
            break
        }
        'billctl;account;help;create' {
            break
        }
        'billctl;account;help;list' {
            break
        }
        'billctl;account;help;show' {
            break
        }
        'billctl;account;help;update' {
            break
        }
        'billctl;account;help;archive' {
            break
        }
        'billctl;account;help;import' {
            break
        }
        'billctl;account;help;help' {
            break
        }
        'billctl;plan' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1) with its prices per currency')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans with their latest version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan version with its prices and tiers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan: existing subscriptions continue, no new ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;plan;create' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Unique code (letters, digits, - and _), e.g. pro-monthly')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name on invoices')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Longer description of the plan')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Billing interval')
            [CompletionResult]::new('--interval-count', '--interval-count', [CompletionResultType]::ParameterName, 'Number of intervals per period (e.g. 3 with month = quarterly)')
            [CompletionResult]::new('--trial-days', '--trial-days', [CompletionResultType]::ParameterName, 'Free trial days for new subscriptions')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Flat price per period, CURRENCY:AMOUNT (repeatable)')
            [CompletionResult]::new('--seat-price', '--seat-price', [CompletionResultType]::ParameterName, 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)')
            [CompletionResult]::new('--metered', '--metered', [CompletionResultType]::ParameterName, 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The whole plan as JSON (code, name, interval, interval_count, trial_days, prices)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;plan;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name (changed in place, no new version)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (changed in place, no new version)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'New billing interval (a new version)')
            [CompletionResult]::new('--interval-count', '--interval-count', [CompletionResultType]::ParameterName, 'New number of intervals per period (a new version)')
            [CompletionResult]::new('--trial-days', '--trial-days', [CompletionResultType]::ParameterName, 'New free trial days for new subscriptions (a new version)')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Flat price per period, CURRENCY:AMOUNT (repeatable)')
            [CompletionResult]::new('--seat-price', '--seat-price', [CompletionResultType]::ParameterName, 'Per-seat price per period, CURRENCY:AMOUNT (repeatable)')
            [CompletionResult]::new('--metered', '--metered', [CompletionResultType]::ParameterName, 'Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;plan;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived plans')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;plan;show' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version number (default: latest)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;plan;archive' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;plan;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1) with its prices per currency')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans with their latest version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan version with its prices and tiers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan: existing subscriptions continue, no new ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;plan;help;create' {
            break
        }
        'billctl;plan;help;edit' {
            break
        }
        'billctl;plan;help;list' {
            break
        }
        'billctl;plan;help;show' {
            break
        }
        'billctl;plan;help;archive' {
            break
        }
        'billctl;plan;help;help' {
            break
        }
        'billctl;subscription' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subscription with its history and pending proration charges')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change plan or quantity, now (prorated) or at the end of the period')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now (optionally crediting unused time) or at the end of the period')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused subscription; a new billing cycle starts today')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;subscription;create' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id or external id')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Plan code (its latest version is used)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Seats (multiplies per-seat prices), 1 to 2147483647')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day of service (default: today in the account''s time zone)')
            [CompletionResult]::new('--trial-days', '--trial-days', [CompletionResultType]::ParameterName, 'Trial days (default: the plan''s)')
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'Billing anchor date (default: first paid day); days before it are billed as a prorated stub')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own unique key for this subscription')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-trial', '--no-trial', [CompletionResultType]::ParameterName, 'No trial even if the plan has one')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: trialing, active, paused, canceled')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only this plan code')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many subscriptions')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this subscription id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;change' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'New plan code (its latest version); the same code moves to the latest version')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'New quantity, 1 to 2147483647')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the change takes effect')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'When a net charge is invoiced: now (a numbered invoice issued at once) or with the next invoice of the subscription [default: proration_invoicing in config.toml, else now]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the proration lines the invoice run will produce; write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;cancel' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the cancellation takes effect: at the end of the current period, or now')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--credit', '--credit', [CompletionResultType]::ParameterName, 'With --at now: correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what it would do (the same checks and amounts) and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;pause' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Resume automatically on this date')
            [CompletionResult]::new('--max-days', '--max-days', [CompletionResultType]::ParameterName, 'Cancel automatically after this many days paused')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--credit', '--credit', [CompletionResultType]::ParameterName, 'Correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;resume' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;subscription;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subscription with its history and pending proration charges')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change plan or quantity, now (prorated) or at the end of the period')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now (optionally crediting unused time) or at the end of the period')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused subscription; a new billing cycle starts today')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;subscription;help;create' {
            break
        }
        'billctl;subscription;help;list' {
            break
        }
        'billctl;subscription;help;show' {
            break
        }
        'billctl;subscription;help;change' {
            break
        }
        'billctl;subscription;help;cancel' {
            break
        }
        'billctl;subscription;help;pause' {
            break
        }
        'billctl;subscription;help;resume' {
            break
        }
        'billctl;subscription;help;help' {
            break
        }
        'billctl;invoice' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show the next invoice(s) an account will get, without writing anything')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices (or credit notes), oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invoice or credit note (by id or number) with its lines and totals')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Finalize drafts: allocate their numbers, issue them today, open them for payment')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Regenerate the drafts of a draft run: void them and bill their subscriptions again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;invoice;run' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Accounts per transaction')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Batches processed concurrently')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait, in all, for accounts locked by something other than an invoice run (a payment, a credit grant, a psql session); those still locked are reported, exit 6')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Compute exactly what the run would write, to the cent, and write nothing (--format csv or json lists every line; the table shows the first 50 invoices)')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Write the invoices as drafts (no number, not collectable) for review; number them with `billctl invoice finalize --run RUN_ID`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;preview' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: draft, open, paid, void, uncollectible')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: regular, supplemental, final, manual, or credit_note (lists credit notes)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many invoices')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this invoice id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;void' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--credit-account', '--credit-account', [CompletionResultType]::ParameterName, 'Also grant the invoice total to the account as credit')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what it would do (the same checks and amounts) and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;finalize' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'Every draft written by this invoice run (`invoice run --draft`)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--all-drafts', '--all-drafts', [CompletionResultType]::ParameterName, 'Every draft invoice')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;regenerate' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The draft run (`invoice run --draft` prints its id)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;invoice;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show the next invoice(s) an account will get, without writing anything')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices (or credit notes), oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invoice or credit note (by id or number) with its lines and totals')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Finalize drafts: allocate their numbers, issue them today, open them for payment')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Regenerate the drafts of a draft run: void them and bill their subscriptions again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;invoice;help;run' {
            break
        }
        'billctl;invoice;help;preview' {
            break
        }
        'billctl;invoice;help;list' {
            break
        }
        'billctl;invoice;help;show' {
            break
        }
        'billctl;invoice;help;void' {
            break
        }
        'billctl;invoice;help;finalize' {
            break
        }
        'billctl;invoice;help;regenerate' {
            break
        }
        'billctl;invoice;help;help' {
            break
        }
        'billctl;charge' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one-off charges (pending, billed, void), oldest first')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a charge that is not billed yet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;charge;add' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id or external id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount in major units of the account''s currency (25.00)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the charge is for (shown on the invoice line)')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Invoice it now (a numbered invoice of its own) or on the account''s next invoice')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--tax-exempt', '--tax-exempt', [CompletionResultType]::ParameterName, 'Bill it without tax (on an invoice of its own)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;charge;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many charges')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this charge id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;charge;void' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;charge;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one-off charges (pending, billed, void), oldest first')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a charge that is not billed yet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;charge;help;add' {
            break
        }
        'billctl;charge;help;list' {
            break
        }
        'billctl;charge;help;void' {
            break
        }
        'billctl;charge;help;help' {
            break
        }
        'billctl;payment' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('collect', 'collect', [CompletionResultType]::ParameterValue, 'Charge open invoices to the customers'' default cards (off-session)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry declined charges whose scheduled day has come (run it daily from cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one payment (our id or the gateway''s payment id) with its refunds')
            [CompletionResult]::new('attempts', 'attempts', [CompletionResultType]::ParameterValue, 'List charge attempts (declines with their codes and next retry dates), oldest first')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a payment received outside the gateway (wire, cash, check) against an open invoice')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund a card payment in full or in part through its gateway')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;payment;collect' {
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Charge this invoice (id or number)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Charges in flight at once (each holds a database connection while it waits for the gateway)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)')
            [CompletionResult]::new('--breaker', '--breaker', [CompletionResultType]::ParameterName, 'Stop the batch after this many gateway failures in a row')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account''s dunning policy''s)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Charge every open invoice not attempted yet')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be charged; call no gateway, write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;retry' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Charges in flight at once (each holds a database connection while it waits for the gateway)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)')
            [CompletionResult]::new('--breaker', '--breaker', [CompletionResultType]::ParameterName, 'Stop the batch after this many gateway failures in a row')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account''s dunning policy''s)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be charged; call no gateway, write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Only this invoice (id or number)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: succeeded, refunded, partially_refunded, pending, failed')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many payments')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this payment id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;attempts' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Only this invoice (id or number)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: started, succeeded, failed, uncertain')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many attempts')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this attempt id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;record' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount received, in the invoice''s currency (12.34)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How it was paid: wire, cash, check, other')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'Bank reference, check number, receipt …')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;refund' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount to refund in the payment''s currency (default: all that is left); `--reason` (global) is kept with the refund and in the audit log')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what it would do (the same checks and amounts) and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;payment;help' {
            [CompletionResult]::new('collect', 'collect', [CompletionResultType]::ParameterValue, 'Charge open invoices to the customers'' default cards (off-session)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry declined charges whose scheduled day has come (run it daily from cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one payment (our id or the gateway''s payment id) with its refunds')
            [CompletionResult]::new('attempts', 'attempts', [CompletionResultType]::ParameterValue, 'List charge attempts (declines with their codes and next retry dates), oldest first')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a payment received outside the gateway (wire, cash, check) against an open invoice')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund a card payment in full or in part through its gateway')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;payment;help;collect' {
            break
        }
        'billctl;payment;help;retry' {
            break
        }
        'billctl;payment;help;list' {
            break
        }
        'billctl;payment;help;show' {
            break
        }
        'billctl;payment;help;attempts' {
            break
        }
        'billctl;payment;help;record' {
            break
        }
        'billctl;payment;help;refund' {
            break
        }
        'billctl;payment;help;help' {
            break
        }
        'billctl;stripe' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull gateway events since the last sync and reconcile payments and customers')
            [CompletionResult]::new('verify-webhook', 'verify-webhook', [CompletionResultType]::ParameterValue, 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;stripe;sync' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;stripe;verify-webhook' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The endpoint''s signing secret (whsec_…)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'The Stripe-Signature header, with or without its name')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'File with the raw request body, byte for byte')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Seconds the timestamp may differ from now')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;stripe;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull gateway events since the last sync and reconcile payments and customers')
            [CompletionResult]::new('verify-webhook', 'verify-webhook', [CompletionResultType]::ParameterValue, 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;stripe;help;sync' {
            break
        }
        'billctl;stripe;help;verify-webhook' {
            break
        }
        'billctl;stripe;help;help' {
            break
        }
        'billctl;credit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the account''s credit to its open invoices now, oldest first (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit grants with what is left of each, and the balance')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the unused remainder of a grant (a fully used grant cannot be voided)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;credit;grant' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id or external id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount in major units of the account''s currency (12.50); `--reason` (required here) says why the credit is given, kept on the ledger and in the audit log')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;credit;apply' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be applied, write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;credit;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size: at most this many grants')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this grant id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;credit;void' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what it would void and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;credit;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the account''s credit to its open invoices now, oldest first (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit grants with what is left of each, and the balance')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the unused remainder of a grant (a fully used grant cannot be voided)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;credit;help;grant' {
            break
        }
        'billctl;credit;help;apply' {
            break
        }
        'billctl;credit;help;list' {
            break
        }
        'billctl;credit;help;void' {
            break
        }
        'billctl;credit;help;help' {
            break
        }
        'billctl;usage' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record one usage event')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;usage;record' {
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or external id')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'Metric name (as in the plan''s metered price)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How much was used (a non-negative decimal)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (RFC 3339, e.g. 2026-01-15T10:00:00Z)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Idempotency key, unique per account')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;usage;import' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and count what would be imported, write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;usage;help' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record one usage event')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;usage;help;record' {
            break
        }
        'billctl;usage;help;import' {
            break
        }
        'billctl;usage;help;help' {
            break
        }
        'billctl;notify' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries (e-mails and webhooks) and how they went')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)')
            [CompletionResult]::new('check-templates', 'check-templates', [CompletionResultType]::ParameterValue, 'Check the e-mail template overrides in templates_dir: every file must compile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;notify;deliver' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Make at most this many attempts, then stop (default: everything that is due)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Concurrent senders (each holds a database connection)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only this channel')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;notify;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deliveries in this state')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only this channel')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only this event''s')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this delivery id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;notify;preview' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id (acct_…) or external id')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Fill it with this event''s data (evt_…) instead of the account''s latest matching event')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Show the HTML part too')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;notify;check-templates' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;notify;help' {
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries (e-mails and webhooks) and how they went')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)')
            [CompletionResult]::new('check-templates', 'check-templates', [CompletionResultType]::ParameterValue, 'Check the e-mail template overrides in templates_dir: every file must compile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;notify;help;deliver' {
            break
        }
        'billctl;notify;help;list' {
            break
        }
        'billctl;notify;help;preview' {
            break
        }
        'billctl;notify;help;check-templates' {
            break
        }
        'billctl;notify;help;help' {
            break
        }
        'billctl;dunning' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('tick', 'tick', [CompletionResultType]::ParameterValue, 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Dunning policies: set NAME --file, show NAME, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;dunning;tick' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Accounts per transaction (each status change''s audit row is chained at commit, a cost that grows with the rows per transaction: smaller batches are faster, down to about 250)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Batches in flight at once, each on its own database connection')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a real tick would do (per account: step, actions) and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;dunning;status' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account (id or external id)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Only accounts at this stage: a step number, `none`, or an action name (remind, warn, block, …)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many accounts')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;dunning;policy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a policy (as TOML; JSON with --format json)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the policies, with the built-in default unless a stored `default` replaces it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;dunning;policy;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The policy file: .toml or .json')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;dunning;policy;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;dunning;policy;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;dunning;policy;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a policy (as TOML; JSON with --format json)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the policies, with the built-in default unless a stored `default` replaces it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;dunning;policy;help;set' {
            break
        }
        'billctl;dunning;policy;help;show' {
            break
        }
        'billctl;dunning;policy;help;list' {
            break
        }
        'billctl;dunning;policy;help;help' {
            break
        }
        'billctl;dunning;help' {
            [CompletionResult]::new('tick', 'tick', [CompletionResultType]::ParameterValue, 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Dunning policies: set NAME --file, show NAME, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;dunning;help;tick' {
            break
        }
        'billctl;dunning;help;status' {
            break
        }
        'billctl;dunning;help;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a policy (as TOML; JSON with --format json)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the policies, with the built-in default unless a stored `default` replaces it')
            break
        }
        'billctl;dunning;help;policy;set' {
            break
        }
        'billctl;dunning;help;policy;show' {
            break
        }
        'billctl;dunning;help;policy;list' {
            break
        }
        'billctl;dunning;help;help' {
            break
        }
        'billctl;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only rows on or after this day (the entity''s date: issue date, creation, …)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only rows on or before this day')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s rows (id or external id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only rows in this status (entities that have one; `--list` shows which)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (atomically) instead of stdout')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the entities and their columns instead')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'Start the CSV with a UTF-8 byte-order mark, for Excel')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Print the SELECT the export runs instead of running it (to run it elsewhere, e.g. psql)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List webhook deliveries and how they went')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a webhook.test event to one endpoint now and show how it went')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;webhook;endpoint' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an endpoint; prints its signing secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List endpoints, their state and waiting deliveries')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending to an endpoint (its deliveries wait until it is enabled)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send to an endpoint again (also after 410 Gone or five failing days)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new signing secret; the old one keeps signing during the overlap')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an endpoint (refused while deliveries wait, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;webhook;endpoint;add' {
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Which events, comma-separated: ''*'' (default), groups such as ''invoice.*'', or exact types')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note shown in the list (what receives it)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--allow-private', '--allow-private', [CompletionResultType]::ParameterName, 'Allow a host on a private, loopback or link-local network (a receiver on your own network)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include removed endpoints')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;disable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;enable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;rotate-secret' {
            [CompletionResult]::new('--overlap', '--overlap', [CompletionResultType]::ParameterName, 'How long the old secret keeps signing: 24h (default), 90m, 2d, 3600s, or 0')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;remove' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove even with deliveries waiting (they are given up, marked failed)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;endpoint;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an endpoint; prints its signing secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List endpoints, their state and waiting deliveries')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending to an endpoint (its deliveries wait until it is enabled)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send to an endpoint again (also after 410 Gone or five failing days)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new signing secret; the old one keeps signing during the overlap')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an endpoint (refused while deliveries wait, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;webhook;endpoint;help;add' {
            break
        }
        'billctl;webhook;endpoint;help;list' {
            break
        }
        'billctl;webhook;endpoint;help;disable' {
            break
        }
        'billctl;webhook;endpoint;help;enable' {
            break
        }
        'billctl;webhook;endpoint;help;rotate-secret' {
            break
        }
        'billctl;webhook;endpoint;help;remove' {
            break
        }
        'billctl;webhook;endpoint;help;help' {
            break
        }
        'billctl;webhook;deliveries' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Only this endpoint''s')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deliveries in this state')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only this event''s')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this delivery id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;replay' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Only to this endpoint')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;test' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;verify' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The endpoint''s signing secret (whsec_…); repeat for both secrets during a rotation')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A received header, ''name: value'' (webhook-id, webhook-timestamp, webhook-signature)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'The file holding the exact body received (''-'' for stdin)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Seconds the timestamp may be from now')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;webhook;help' {
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List webhook deliveries and how they went')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a webhook.test event to one endpoint now and show how it went')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;webhook;help;endpoint' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an endpoint; prints its signing secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List endpoints, their state and waiting deliveries')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending to an endpoint (its deliveries wait until it is enabled)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send to an endpoint again (also after 410 Gone or five failing days)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new signing secret; the old one keeps signing during the overlap')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an endpoint (refused while deliveries wait, unless --force)')
            break
        }
        'billctl;webhook;help;endpoint;add' {
            break
        }
        'billctl;webhook;help;endpoint;list' {
            break
        }
        'billctl;webhook;help;endpoint;disable' {
            break
        }
        'billctl;webhook;help;endpoint;enable' {
            break
        }
        'billctl;webhook;help;endpoint;rotate-secret' {
            break
        }
        'billctl;webhook;help;endpoint;remove' {
            break
        }
        'billctl;webhook;help;deliveries' {
            break
        }
        'billctl;webhook;help;replay' {
            break
        }
        'billctl;webhook;help;test' {
            break
        }
        'billctl;webhook;help;verify' {
            break
        }
        'billctl;webhook;help;help' {
            break
        }
        'billctl;tax' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Tax rates: add, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;tax;rate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rate for a country (or one of its regions), in force from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rates (all, or only those in force on a date)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;tax;rate;add' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Two-letter country code (DE, US)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (state, province) code; omit for the whole country')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name printed on invoices (VAT, Sales tax)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Rate in percent: 19 means 19 % (0 ≤ rate < 100, up to 4 decimals)')
            [CompletionResult]::new('--valid-from', '--valid-from', [CompletionResultType]::ParameterName, 'First day the rate applies (default: today)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;tax;rate;list' {
            [CompletionResult]::new('--active-on', '--active-on', [CompletionResultType]::ParameterName, 'Only the rates in force on this date (YYYY-MM-DD)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived rates')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;tax;rate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rate for a country (or one of its regions), in force from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rates (all, or only those in force on a date)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;tax;rate;help;add' {
            break
        }
        'billctl;tax;rate;help;list' {
            break
        }
        'billctl;tax;rate;help;help' {
            break
        }
        'billctl;tax;help' {
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Tax rates: add, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;tax;help;rate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rate for a country (or one of its regions), in force from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rates (all, or only those in force on a date)')
            break
        }
        'billctl;tax;help;rate;add' {
            break
        }
        'billctl;tax;help;rate;list' {
            break
        }
        'billctl;tax;help;help' {
            break
        }
        'billctl;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, newest first: who (OS user, database role), what, when, before and after')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: no row edited, removed or inserted out of band')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;audit;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only rows about this account (id or external id)')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only this entity: a type (subscription, invoice, …) or one id (sub_…)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only changes made by this OS user or database role')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (credit.grant) or family of actions (credit)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows written on or after this date (2026-11-01) or instant (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'The next page: rows older than this audit id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;audit;verify' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, newest first: who (OS user, database role), what, when, before and after')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: no row edited, removed or inserted out of band')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;audit;help;list' {
            break
        }
        'billctl;audit;help;verify' {
            break
        }
        'billctl;audit;help;help' {
            break
        }
        'billctl;report' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'MRR and ARR at each period end, and the movements in each period, per currency')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open receivables by age since the due date, per currency (and per account)')
            [CompletionResult]::new('churn', 'churn', [CompletionResultType]::ParameterValue, 'Customer churn rate and gross and net MRR churn rate per period, per currency')
            [CompletionResult]::new('ltv', 'ltv', [CompletionResultType]::ParameterValue, 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The top accounts of each currency by revenue invoiced or by MRR')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions active, trialing and paused at each period end; new and canceled in each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;report;mrr' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD; default: today by the clock)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;aging' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--accounts', '--accounts', [CompletionResultType]::ParameterName, 'Also list each account''s amount in each bucket')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;churn' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD; default: today by the clock)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;ltv' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;revenue' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD; default: today by the clock)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;customers' {
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many accounts per currency')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Rank by revenue invoiced in the range or by MRR at its end')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the revenue range (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD; default: today by the clock)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;subscriptions' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD; default: the first of the month eleven months before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD; default: today by the clock)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Period of the series: calendar days, ISO weeks, months or quarters, cut to the range')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency (ISO 4217 code)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the report as a self-contained HTML page (tables and SVG charts) to FILE')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--no-chart', '--no-chart', [CompletionResultType]::ParameterName, 'No chart under the table (table format only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;report;help' {
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'MRR and ARR at each period end, and the movements in each period, per currency')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open receivables by age since the due date, per currency (and per account)')
            [CompletionResult]::new('churn', 'churn', [CompletionResultType]::ParameterValue, 'Customer churn rate and gross and net MRR churn rate per period, per currency')
            [CompletionResult]::new('ltv', 'ltv', [CompletionResultType]::ParameterValue, 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The top accounts of each currency by revenue invoiced or by MRR')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions active, trialing and paused at each period end; new and canceled in each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;report;help;mrr' {
            break
        }
        'billctl;report;help;aging' {
            break
        }
        'billctl;report;help;churn' {
            break
        }
        'billctl;report;help;ltv' {
            break
        }
        'billctl;report;help;revenue' {
            break
        }
        'billctl;report;help;customers' {
            break
        }
        'billctl;report;help;subscriptions' {
            break
        }
        'billctl;report;help;help' {
            break
        }
        'billctl;demo' {
            [CompletionResult]::new('--accounts', '--accounts', [CompletionResultType]::ParameterName, 'Demo accounts (each gets one subscription)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the demo data: accounts get external ids seed-<S>-<i>')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;seed' {
            [CompletionResult]::new('--accounts', '--accounts', [CompletionResultType]::ParameterName, 'Number of accounts (each gets one subscription)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Load a declared set of plans, accounts and subscriptions from a JSON file (idempotent)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Random seed: the same seed gives the same data')
            [CompletionResult]::new('--start-date', '--start-date', [CompletionResultType]::ParameterName, 'Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]')
            [CompletionResult]::new('--usage-events', '--usage-events', [CompletionResultType]::ParameterName, 'Usage events (api_calls) per metered subscription, within its current period')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Accounts per COPY batch')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which database billctl uses, whether it runs, and the migration level')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the embedded cluster (initialising it on first use)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded cluster')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (also done automatically by every command)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db;reset' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which database billctl uses, whether it runs, and the migration level')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the embedded cluster (initialising it on first use)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded cluster')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (also done automatically by every command)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;db;help;status' {
            break
        }
        'billctl;db;help;start' {
            break
        }
        'billctl;db;help;stop' {
            break
        }
        'billctl;db;help;migrate' {
            break
        }
        'billctl;db;help;reset' {
            break
        }
        'billctl;db;help;help' {
            break
        }
        'billctl;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration and where each value comes from (secrets redacted)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml template (refuses to overwrite an existing file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;config;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;config;init' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the template to stdout instead of writing the file')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration and where each value comes from (secrets redacted)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml template (refuses to overwrite an existing file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;config;help;show' {
            break
        }
        'billctl;config;help;init' {
            break
        }
        'billctl;config;help;help' {
            break
        }
        'billctl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;generate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (one per command) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;generate;completions' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'out-dir')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;generate;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'out-dir')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why this change is made: recorded with your OS user in every audit row the command writes (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for scripts and cron)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'billctl;generate;help' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (one per command) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;generate;help;completions' {
            break
        }
        'billctl;generate;help;man' {
            break
        }
        'billctl;generate;help;help' {
            break
        }
        'billctl;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Customers: create, list, show, update, archive, import from CSV')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The catalog: plans, versions, prices per currency, tiers, trials')
            [CompletionResult]::new('subscription', 'subscription', [CompletionResultType]::ParameterValue, 'Subscriptions: create, change with proration, pause, resume, cancel')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices: run (the billing engine), preview, list, show, void, finalize')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'One-off charges: add (on the next invoice or invoiced now), list, void')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Payments: collect, retry (cron), list, show, record external payments, refund')
            [CompletionResult]::new('stripe', 'stripe', [CompletionResultType]::ParameterValue, 'Stripe: sync events (reconcile payments and customers), verify webhook signatures')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Account credit: grant, list, void (a ledger; the balance is its sum)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Metered usage: record one event or import a CSV file (idempotent per key)')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notifications: deliver due e-mails and webhooks (cron), list the outbox')
            [CompletionResult]::new('dunning', 'dunning', [CompletionResultType]::ParameterValue, 'Dunning: take the due steps of overdue accounts (cron), status, policies')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify')
            [CompletionResult]::new('tax', 'tax', [CompletionResultType]::ParameterValue, 'Tax rates per country and region')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: list who changed what; verify its hash chain')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Deterministic fixtures for CI scripts and benchmarks')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded PostgreSQL cluster and migrations')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or create the configuration file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate shell completions and man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'billctl;help;account' {
            [CompletionResult]::new('payment-method', 'payment-method', [CompletionResultType]::ParameterValue, 'Cards of an account at the payment gateway: add, list, default (shown masked)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account. At a terminal, missing required fields are asked for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account by id (acct_…) or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of an account (give only what changes; an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an account: kept for history, hidden from lists, no new subscriptions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid')
            break
        }
        'billctl;help;account;payment-method' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a card to the account at the gateway (creating the gateway customer if needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s cards (brand, last 4, expiry; never more)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make one of the account''s cards the default (our id card_… or the gateway''s pm_…)')
            break
        }
        'billctl;help;account;payment-method;add' {
            break
        }
        'billctl;help;account;payment-method;list' {
            break
        }
        'billctl;help;account;payment-method;default' {
            break
        }
        'billctl;help;account;create' {
            break
        }
        'billctl;help;account;list' {
            break
        }
        'billctl;help;account;show' {
            break
        }
        'billctl;help;account;update' {
            break
        }
        'billctl;help;account;archive' {
            break
        }
        'billctl;help;account;import' {
            break
        }
        'billctl;help;plan' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1) with its prices per currency')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans with their latest version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan version with its prices and tiers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan: existing subscriptions continue, no new ones')
            break
        }
        'billctl;help;plan;create' {
            break
        }
        'billctl;help;plan;edit' {
            break
        }
        'billctl;help;plan;list' {
            break
        }
        'billctl;help;plan;show' {
            break
        }
        'billctl;help;plan;archive' {
            break
        }
        'billctl;help;subscription' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe an account to a plan (at a terminal, pick the account and plan from lists)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subscription with its history and pending proration charges')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change plan or quantity, now (prorated) or at the end of the period')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now (optionally crediting unused time) or at the end of the period')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused subscription; a new billing cycle starts today')
            break
        }
        'billctl;help;subscription;create' {
            break
        }
        'billctl;help;subscription;list' {
            break
        }
        'billctl;help;subscription;show' {
            break
        }
        'billctl;help;subscription;change' {
            break
        }
        'billctl;help;subscription;cancel' {
            break
        }
        'billctl;help;subscription;pause' {
            break
        }
        'billctl;help;subscription;resume' {
            break
        }
        'billctl;help;invoice' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Bill every due subscription: one invoice per subscription and period, numbered, left open (or drafts with --draft)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show the next invoice(s) an account will get, without writing anything')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices (or credit notes), oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invoice or credit note (by id or number) with its lines and totals')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Finalize drafts: allocate their numbers, issue them today, open them for payment')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Regenerate the drafts of a draft run: void them and bill their subscriptions again')
            break
        }
        'billctl;help;invoice;run' {
            break
        }
        'billctl;help;invoice;preview' {
            break
        }
        'billctl;help;invoice;list' {
            break
        }
        'billctl;help;invoice;show' {
            break
        }
        'billctl;help;invoice;void' {
            break
        }
        'billctl;help;invoice;finalize' {
            break
        }
        'billctl;help;invoice;regenerate' {
            break
        }
        'billctl;help;charge' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Charge an account once (a setup fee, extra work): on its next invoice or invoiced now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one-off charges (pending, billed, void), oldest first')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a charge that is not billed yet')
            break
        }
        'billctl;help;charge;add' {
            break
        }
        'billctl;help;charge;list' {
            break
        }
        'billctl;help;charge;void' {
            break
        }
        'billctl;help;payment' {
            [CompletionResult]::new('collect', 'collect', [CompletionResultType]::ParameterValue, 'Charge open invoices to the customers'' default cards (off-session)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry declined charges whose scheduled day has come (run it daily from cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List payments, oldest first, a page at a time')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one payment (our id or the gateway''s payment id) with its refunds')
            [CompletionResult]::new('attempts', 'attempts', [CompletionResultType]::ParameterValue, 'List charge attempts (declines with their codes and next retry dates), oldest first')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record a payment received outside the gateway (wire, cash, check) against an open invoice')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund a card payment in full or in part through its gateway')
            break
        }
        'billctl;help;payment;collect' {
            break
        }
        'billctl;help;payment;retry' {
            break
        }
        'billctl;help;payment;list' {
            break
        }
        'billctl;help;payment;show' {
            break
        }
        'billctl;help;payment;attempts' {
            break
        }
        'billctl;help;payment;record' {
            break
        }
        'billctl;help;payment;refund' {
            break
        }
        'billctl;help;stripe' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Pull gateway events since the last sync and reconcile payments and customers')
            [CompletionResult]::new('verify-webhook', 'verify-webhook', [CompletionResultType]::ParameterValue, 'Check a webhook payload''s Stripe-Signature header; prints valid or invalid (exit 0 / 1)')
            break
        }
        'billctl;help;stripe;sync' {
            break
        }
        'billctl;help;stripe;verify-webhook' {
            break
        }
        'billctl;help;credit' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credit to an account (in the account''s currency); open invoices use it at once, oldest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the account''s credit to its open invoices now, oldest first (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit grants with what is left of each, and the balance')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the unused remainder of a grant (a fully used grant cannot be voided)')
            break
        }
        'billctl;help;credit;grant' {
            break
        }
        'billctl;help;credit;apply' {
            break
        }
        'billctl;help;credit;list' {
            break
        }
        'billctl;help;credit;void' {
            break
        }
        'billctl;help;usage' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record one usage event')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid')
            break
        }
        'billctl;help;usage;record' {
            break
        }
        'billctl;help;usage;import' {
            break
        }
        'billctl;help;notify' {
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send the e-mails and webhooks that are due (for cron; safe to run from several machines)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries (e-mails and webhooks) and how they went')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Render an e-mail for an account without sending it (subject, text, and HTML with --html)')
            [CompletionResult]::new('check-templates', 'check-templates', [CompletionResultType]::ParameterValue, 'Check the e-mail template overrides in templates_dir: every file must compile')
            break
        }
        'billctl;help;notify;deliver' {
            break
        }
        'billctl;help;notify;list' {
            break
        }
        'billctl;help;notify;preview' {
            break
        }
        'billctl;help;notify;check-templates' {
            break
        }
        'billctl;help;dunning' {
            [CompletionResult]::new('tick', 'tick', [CompletionResultType]::ParameterValue, 'Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Dunning policies: set NAME --file, show NAME, list')
            break
        }
        'billctl;help;dunning;tick' {
            break
        }
        'billctl;help;dunning;status' {
            break
        }
        'billctl;help;dunning;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Save a policy from a TOML or JSON file (validated fully; nothing saved on error)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a policy (as TOML; JSON with --format json)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the policies, with the built-in default unless a stored `default` replaces it')
            break
        }
        'billctl;help;dunning;policy;set' {
            break
        }
        'billctl;help;dunning;policy;show' {
            break
        }
        'billctl;help;dunning;policy;list' {
            break
        }
        'billctl;help;export' {
            break
        }
        'billctl;help;webhook' {
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List webhook deliveries and how they went')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Queue an event''s webhook deliveries again (and send it to endpoints added after it)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a webhook.test event to one endpoint now and show how it went')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a delivery''s signature as a receiver would (exit 0 valid, 4 not valid)')
            break
        }
        'billctl;help;webhook;endpoint' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an endpoint; prints its signing secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List endpoints, their state and waiting deliveries')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending to an endpoint (its deliveries wait until it is enabled)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send to an endpoint again (also after 410 Gone or five failing days)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new signing secret; the old one keeps signing during the overlap')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an endpoint (refused while deliveries wait, unless --force)')
            break
        }
        'billctl;help;webhook;endpoint;add' {
            break
        }
        'billctl;help;webhook;endpoint;list' {
            break
        }
        'billctl;help;webhook;endpoint;disable' {
            break
        }
        'billctl;help;webhook;endpoint;enable' {
            break
        }
        'billctl;help;webhook;endpoint;rotate-secret' {
            break
        }
        'billctl;help;webhook;endpoint;remove' {
            break
        }
        'billctl;help;webhook;deliveries' {
            break
        }
        'billctl;help;webhook;replay' {
            break
        }
        'billctl;help;webhook;test' {
            break
        }
        'billctl;help;webhook;verify' {
            break
        }
        'billctl;help;tax' {
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Tax rates: add, list')
            break
        }
        'billctl;help;tax;rate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rate for a country (or one of its regions), in force from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rates (all, or only those in force on a date)')
            break
        }
        'billctl;help;tax;rate;add' {
            break
        }
        'billctl;help;tax;rate;list' {
            break
        }
        'billctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, newest first: who (OS user, database role), what, when, before and after')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: no row edited, removed or inserted out of band')
            break
        }
        'billctl;help;audit;list' {
            break
        }
        'billctl;help;audit;verify' {
            break
        }
        'billctl;help;report' {
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'MRR and ARR at each period end, and the movements in each period, per currency')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open receivables by age since the due date, per currency (and per account)')
            [CompletionResult]::new('churn', 'churn', [CompletionResultType]::ParameterValue, 'Customer churn rate and gross and net MRR churn rate per period, per currency')
            [CompletionResult]::new('ltv', 'ltv', [CompletionResultType]::ParameterValue, 'ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Invoiced, recognised (day by day over the service period) and deferred revenue, per currency')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The top accounts of each currency by revenue invoiced or by MRR')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions active, trialing and paused at each period end; new and canceled in each')
            break
        }
        'billctl;help;report;mrr' {
            break
        }
        'billctl;help;report;aging' {
            break
        }
        'billctl;help;report;churn' {
            break
        }
        'billctl;help;report;ltv' {
            break
        }
        'billctl;help;report;revenue' {
            break
        }
        'billctl;help;report;customers' {
            break
        }
        'billctl;help;report;subscriptions' {
            break
        }
        'billctl;help;demo' {
            break
        }
        'billctl;help;seed' {
            break
        }
        'billctl;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which database billctl uses, whether it runs, and the migration level')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the embedded cluster (initialising it on first use)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded cluster')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (also done automatically by every command)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)')
            break
        }
        'billctl;help;db;status' {
            break
        }
        'billctl;help;db;start' {
            break
        }
        'billctl;help;db;stop' {
            break
        }
        'billctl;help;db;migrate' {
            break
        }
        'billctl;help;db;reset' {
            break
        }
        'billctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration and where each value comes from (secrets redacted)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml template (refuses to overwrite an existing file)')
            break
        }
        'billctl;help;config;show' {
            break
        }
        'billctl;help;config;init' {
            break
        }
        'billctl;help;completions' {
            break
        }
        'billctl;help;generate' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (one per command) into DIR')
            break
        }
        'billctl;help;generate;completions' {
            break
        }
        'billctl;help;generate;man' {
            break
        }
        'billctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
