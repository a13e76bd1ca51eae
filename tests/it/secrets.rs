//! Secrets never appear in any output: `config show` (table, JSON, CSV), error messages (a
//! connection failure, a bad URL, a config file that does not parse); the config file is written
//! private and a readable one holding secrets is warned about.

use std::os::unix::fs::PermissionsExt;

fn bare(home: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("billctl").unwrap();
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("cfg"))
        .env("NO_COLOR", "1");
    c
}

const SECRETS: [&str; 9] =
    ["pw-one", "pw-two", "pw-three", "pw-four", "pw-five", "pw-six", "sk_live_pwseven", "whsec_pweight", "pw-nine"];

fn assert_no_secret(text: &str) {
    for s in SECRETS {
        assert!(!text.contains(s), "secret {s} printed:\n{text}");
    }
}

fn with_secrets(c: &mut assert_cmd::Command) -> &mut assert_cmd::Command {
    c.env("BILLCTL_DATABASE_URL", "postgres://bob:pw-one@127.0.0.1:1/billing?password=pw-two&sslmode=disable")
        .env("BILLCTL_WEBHOOK_URL", "https://hook:pw-three@hooks.example.com/in?token=pw-four&v=1")
        .env("BILLCTL_SMTP_URL", "smtp://mailer:pw-five@mail.example.com:587?auth_token=pw-six")
        .env("STRIPE_SECRET_KEY", "sk_live_pwseven")
        .env("BILLCTL_WEBHOOK_SECRET", "whsec_pweight")
}

#[test]
fn config_show_redacts_every_secret_in_every_format() {
    let home = tempfile::tempdir().unwrap();
    for format in ["table", "json", "csv"] {
        let out = with_secrets(&mut bare(home.path())).args(["config", "show", "--format", format]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_no_secret(&text);
        // The old webhook settings are only warned about (endpoints hold webhooks now), values unshown.
        assert!(text.contains("webhook_url is no longer used") && text.contains("webhook endpoint add"), "{text}");
        assert!(text.contains("postgres://bob:****@127.0.0.1:1/billing?password=****&sslmode=disable"), "{text}");
    }
}

#[test]
fn a_connection_error_does_not_print_the_url_secrets() {
    let home = tempfile::tempdir().unwrap();
    let out = with_secrets(&mut bare(home.path())).args(["account", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_no_secret(&text);
    assert!(text.contains("127.0.0.1"), "the error still names the server: {text}");
}

#[test]
fn a_key_value_connection_string_is_redacted_in_its_error() {
    let home = tempfile::tempdir().unwrap();
    let out = bare(home.path())
        .env("BILLCTL_DATABASE_URL", "host=127.0.0.1 port=1 user=bob password=pw-nine dbname=x")
        .args(["account", "list"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert_no_secret(&text);
    assert!(text.contains("password=****"), "{text}");
}

#[test]
fn a_config_file_that_does_not_parse_is_quoted_without_its_secrets() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("cfg/billctl");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    std::fs::write(&file, "stripe_secret_key = \"sk_live_pwseven\nwebhook_secret = \"whsec_pweight\"\n").unwrap();
    let out = bare(home.path()).args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("cannot parse"), "{text}");
    assert_no_secret(&text);
}

#[test]
fn config_init_writes_a_private_file_in_a_private_directory() {
    let home = tempfile::tempdir().unwrap();
    bare(home.path()).args(["config", "init"]).assert().success();
    let dir = home.path().join("cfg/billctl");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("config.toml")), 0o600);
}

#[test]
fn a_config_file_with_secrets_readable_by_others_is_warned_about() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("cfg/billctl");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    std::fs::write(&file, "stripe_secret_key = \"sk_live_pwseven\"\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = bare(home.path()).args(["config", "show"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("can be read by other users (mode 0644)") && err.contains("chmod 600"), "{err}");
    assert_no_secret(&format!("{}{err}", String::from_utf8_lossy(&out.stdout)));

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = bare(home.path()).args(["config", "show"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));

    // A readable file without secrets is nobody's business.
    std::fs::write(&file, "payment_terms_days = 30\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = bare(home.path()).args(["config", "show"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));
}
