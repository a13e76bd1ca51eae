//! The statuses of payments, charge attempts and invoice runs, as stored (`as_str`) and parsed
//! (`FromStr`, exact stored spelling). Serialized as the same snake_case strings.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::DomainError;

macro_rules! status_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal, { $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = DomainError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(DomainError::invalid(
                        "status",
                        format!(
                            "'{s}' is not a {} (use {})",
                            $what,
                            [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }
    };
}

status_enum!(
    /// A recorded payment.
    PaymentStatus, "payment status", {
        Pending => "pending",
        Succeeded => "succeeded",
        Failed => "failed",
        Refunded => "refunded",
        PartiallyRefunded => "partially_refunded",
    }
);

status_enum!(
    /// A charge attempt: written `started` before the gateway call, then settled.
    AttemptStatus, "payment attempt status", {
        Started => "started",
        Succeeded => "succeeded",
        Failed => "failed",
        /// The answer was lost: looked up at the gateway before any new charge.
        Uncertain => "uncertain",
    }
);

impl AttemptStatus {
    /// Started or uncertain: looked up at the gateway before anything else is done.
    pub fn is_unresolved(self) -> bool {
        matches!(self, AttemptStatus::Started | AttemptStatus::Uncertain)
    }
}

status_enum!(
    /// An invoice run (`billing_runs`).
    RunStatus, "run status", {
        Running => "running",
        Finished => "finished",
        Failed => "failed",
        Interrupted => "interrupted",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_parses_back_from_its_stored_spelling() {
        for s in PaymentStatus::ALL {
            assert_eq!(s.as_str().parse::<PaymentStatus>().unwrap(), *s);
            assert_eq!(serde_json::to_string(s).unwrap(), format!("\"{}\"", s.as_str()));
        }
        for s in AttemptStatus::ALL {
            assert_eq!(s.as_str().parse::<AttemptStatus>().unwrap(), *s);
            assert_eq!(serde_json::to_string(s).unwrap(), format!("\"{}\"", s.as_str()));
        }
        for s in RunStatus::ALL {
            assert_eq!(s.as_str().parse::<RunStatus>().unwrap(), *s);
        }
    }

    #[test]
    fn an_unknown_status_is_refused_naming_the_valid_ones() {
        let e = "paid".parse::<PaymentStatus>().unwrap_err().to_string();
        assert!(e.contains("'paid' is not a payment status"), "{e}");
        assert!(e.contains("partially_refunded"), "{e}");
        assert!("Failed".parse::<AttemptStatus>().is_err());
    }

    #[test]
    fn only_started_and_uncertain_attempts_are_unresolved() {
        let open: Vec<_> = AttemptStatus::ALL.iter().filter(|s| s.is_unresolved()).collect();
        assert_eq!(open, [&AttemptStatus::Started, &AttemptStatus::Uncertain]);
    }
}
