//! The card's options, defined once.
//!
//! Each option is one entry of [`OPTIONS`]: its JavaScript name (`headingLevel`), its attribute
//! name (`data-heading-level` on a host, `heading-level` on `<exec-summary>`, `--heading-level`
//! on the command line), what values it takes, its default, and where it can be set. The rest
//! follows from the table: the CLI builds its flags from it (`src/main.rs`), the static marker
//! writes its attributes from it (`render/marker.rs`), the wasm boundary resolves a page's plain
//! object through it (`bindings.rs`), and the runtime's option list and the shipped TypeScript
//! types are written from it (`tests/generated_assets.rs` fails when they drift).
//!
//! A value an option does not take is a warning naming the option, the value and what is used
//! instead, never an error: a card always shows.

use crate::locale::UiOverrides;
use crate::model::Problem;

/// One option of the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// Name in JavaScript: `ExecSummaryConfig`, `ExecSummary.render` and the server's `render`.
    pub name: &'static str,
    /// Attribute name: `data-…` on a host, bare on `<exec-summary>`, `--…` on the command line.
    pub attribute: &'static str,
    /// The values it takes, and its default.
    pub kind: Kind,
    /// Where it can be set.
    pub reach: Reach,
    /// What it does, for the CLI's help and the TypeScript types (one sentence); native builds
    /// only, as no wasm caller reads it.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// The values an option takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A whole number from `min` to `max` (a numeric string counts, as attributes are text).
    Integer {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
        /// The value when none is set.
        default: u32,
    },
    /// One of a fixed list of words, or none (the empty string, the default).
    Choice(&'static [&'static str]),
    /// A BCP 47 language tag, or none (the document's own language).
    Language,
    /// Letters, digits, `-` and `_`, or none.
    Token,
    /// Replacements for the card's own words: an object of strings by name, or its JSON text.
    Strings,
    /// `true` or `false` (default `false`).
    Flag,
    /// A URL as the page writes it.
    Url,
}

/// Where an option can be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Everywhere: host attributes, JavaScript (browser and server), the command line, and the
    /// static marker, which writes it so the browser renders the same card.
    Card,
    /// The browser only (a host attribute and a JavaScript option): how the runtime fetches.
    Browser,
    /// Static renders only (the command line and the server's `render`): the marker around the card.
    Static,
}

/// The place a set of options is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// The runtime's card in a page.
    Browser,
    /// A static render: the command line, or `render` in Node.
    Static,
}

impl Reach {
    /// Whether an option of this reach means something on `surface`.
    pub fn reaches(self, surface: Surface) -> bool {
        !matches!(
            (self, surface),
            (Reach::Browser, Surface::Static) | (Reach::Static, Surface::Browser)
        )
    }
}

/// Built-in themes, as `data-theme` values (`pkg/exec-summary.css`).
pub const THEMES: &[&str] = &["light", "dark", "auto", "sepia", "high-contrast"];
/// Layout variants, as `data-variant` values.
pub const VARIANTS: &[&str] = &["compact"];
/// What `expanded` can force on every section.
pub const EXPANSIONS: &[&str] = &["all", "none"];

/// Every option of the card, in the order the CLI's help and the docs list them.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "headingLevel",
        attribute: "heading-level",
        kind: Kind::Integer {
            min: 2,
            max: 6,
            default: 2,
        },
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Heading level of the card's title, 2 to 6; its sub-headings follow one and two levels below",
    },
    OptionSpec {
        name: "idPrefix",
        attribute: "id-prefix",
        kind: Kind::Token,
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Prefix of the card's own element ids, unique on the page; none: derived from the title",
    },
    OptionSpec {
        name: "theme",
        attribute: "theme",
        kind: Kind::Choice(THEMES),
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Built-in theme, set as the card's data-theme (none: the stylesheet's light default)",
    },
    OptionSpec {
        name: "variant",
        attribute: "variant",
        kind: Kind::Choice(VARIANTS),
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Layout variant, set as the card's data-variant (compact suits sidebars)",
    },
    OptionSpec {
        name: "expanded",
        attribute: "expanded",
        kind: Kind::Choice(EXPANSIONS),
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Opens (all) or closes (none) every section at first, over each section's own expanded",
    },
    OptionSpec {
        name: "lang",
        attribute: "lang",
        kind: Kind::Language,
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Language of the card's own words (labels, announcements, dates), as a BCP 47 tag; none: the document's",
    },
    OptionSpec {
        name: "strings",
        attribute: "strings",
        kind: Kind::Strings,
        reach: Reach::Card,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Replacements for any of the card's own words, by name, e.g. {\"expandAll\": \"Show all\"}",
    },
    OptionSpec {
        name: "timeout",
        attribute: "timeout",
        kind: Kind::Integer {
            min: 1,
            max: 600_000,
            default: 10_000,
        },
        reach: Reach::Browser,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "How long to wait for the document's URL, in milliseconds",
    },
    OptionSpec {
        name: "embedData",
        attribute: "embed-data",
        kind: Kind::Flag,
        reach: Reach::Static,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Wraps the card in a host that embeds the document, which the browser bundle upgrades in place",
    },
    OptionSpec {
        name: "dataSrc",
        attribute: "data-src",
        kind: Kind::Url,
        reach: Reach::Static,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Wraps the card in a host that points at the document's URL, which the browser bundle upgrades in place",
    },
];

/// How one card is shown, every option resolved to a value it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct CardOptions {
    /// Level of the title's heading, 2–6.
    pub heading_level: u8,
    /// Built-in theme, or empty for none.
    pub theme: &'static str,
    /// Layout variant, or empty for the default layout.
    pub variant: &'static str,
    /// `all` or `none` to open or close every section at first, or empty for the document's own.
    pub expanded: &'static str,
    /// Language of the card's own words, or empty for the document's.
    pub lang: String,
    /// Replacements for the card's own words.
    pub strings: UiOverrides,
    /// Prefix of the card's element ids, or empty to derive one from the title.
    pub id_prefix: String,
    /// How long the runtime waits for a document's URL, in milliseconds.
    pub timeout: u32,
}

impl Default for CardOptions {
    fn default() -> Self {
        Self {
            heading_level: 2,
            theme: "",
            variant: "",
            expanded: "",
            lang: String::new(),
            strings: UiOverrides::default(),
            id_prefix: String::new(),
            timeout: 10_000,
        }
    }
}

/// How a static card points the browser bundle at its data, to be upgraded in place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Marker {
    /// No marker: the card is static for good.
    #[default]
    None,
    /// The source document, in a `<script type="application/json">` inside the host.
    EmbedData,
    /// The URL of the source document, as the host's `data-src`.
    DataSrc(String),
}

/// Options read for one render: the card's, the static marker's, and every warning about them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// The card's options.
    pub card: CardOptions,
    /// The marker around a static card.
    pub marker: Marker,
    /// A warning for each option that was unknown, out of its reach, or given a value it does
    /// not take, at the path `options.<name>` (empty from [`read`]).
    pub warnings: Vec<Problem>,
}

impl CardOptions {
    /// The option's value as an attribute writes it, or `None` when it has its default (and the
    /// attribute is left out). Options outside [`Reach::Card`] have none.
    pub fn attribute_value(&self, spec: &OptionSpec) -> Option<String> {
        let text = match spec.name {
            "headingLevel" => {
                let default = CardOptions::default().heading_level;
                (self.heading_level != default).then(|| self.heading_level.to_string())
            }
            "theme" => Some(self.theme.to_owned()),
            "variant" => Some(self.variant.to_owned()),
            "expanded" => Some(self.expanded.to_owned()),
            "lang" => Some(self.lang.clone()),
            "idPrefix" => Some(self.id_prefix.clone()),
            "strings" => self.strings.to_json(),
            _ => None,
        };
        text.filter(|text| !text.is_empty())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use words::{check, default_text, expected, resolve, resolve_object};

/// Checking options and the words of their warnings, natively (the command line, the tests, and the runtime's
/// option list, which `tests/generated_assets.rs` writes from them).
#[cfg(not(target_arch = "wasm32"))]
mod words {
    use serde_json::Value;

    use super::{Kind, Marker, OptionSpec, Reach, Resolved, Surface, OPTIONS};
    use crate::locale::UiOverrides;

    /// The keys of a value of strings that could not be used, and why.
    type Skipped = Vec<(String, &'static str)>;
    use crate::model::is_language_tag;
    use crate::model::{describe_value, Problem};

    impl Resolved {
        /// Sets the option `spec` from `value`; what a value of strings held that could not be used
        /// comes back by key, with why. `Err` when `spec` does not take `value` (the default stays).
        fn apply(&mut self, spec: &OptionSpec, value: &Value) -> Result<Skipped, ()> {
            let card = &mut self.card;
            match spec.name {
                "headingLevel" => {
                    card.heading_level = u8::try_from(integer(spec, value)?).map_err(|_| ())?;
                }
                "idPrefix" => card.id_prefix = token(value)?,
                "theme" => card.theme = choice(spec, value)?,
                "variant" => card.variant = choice(spec, value)?,
                "expanded" => card.expanded = choice(spec, value)?,
                "lang" => card.lang = language(value)?,
                "strings" => {
                    let (strings, skipped) = strings(value)?;
                    card.strings = strings;
                    return Ok(skipped);
                }
                "timeout" => card.timeout = integer(spec, value)?,
                "embedData" => {
                    if flag(value)? {
                        self.marker = Marker::EmbedData;
                    } else if self.marker == Marker::EmbedData {
                        self.marker = Marker::None;
                    }
                }
                "dataSrc" => {
                    let url = url(value)?;
                    self.marker = if url.is_empty() {
                        Marker::None
                    } else {
                        Marker::DataSrc(url)
                    };
                }
                // Reached only if an entry of OPTIONS has no arm here (a unit test checks each).
                _ => return Err(()),
            }
            Ok(Vec::new())
        }
    }

    fn integer(spec: &OptionSpec, value: &Value) -> Result<u32, ()> {
        let Kind::Integer { min, max, .. } = spec.kind else {
            return Err(());
        };
        let number = match value {
            Value::Number(n) => n.as_u64(),
            Value::String(text) => text.trim().parse::<u64>().ok(),
            _ => None,
        };
        number
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| (min..=max).contains(n))
            .ok_or(())
    }

    fn choice(spec: &OptionSpec, value: &Value) -> Result<&'static str, ()> {
        let (Kind::Choice(values), Value::String(text)) = (spec.kind, value) else {
            return Err(());
        };
        if text.is_empty() {
            return Ok("");
        }
        values.iter().copied().find(|v| v == text).ok_or(())
    }

    fn language(value: &Value) -> Result<String, ()> {
        match value {
            Value::String(tag) if tag.is_empty() || is_language_tag(tag) => Ok(tag.clone()),
            _ => Err(()),
        }
    }

    fn token(value: &Value) -> Result<String, ()> {
        match value {
            Value::String(text)
                if text.len() <= 64
                    && text
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
            {
                Ok(text.clone())
            }
            _ => Err(()),
        }
    }

    fn flag(value: &Value) -> Result<bool, ()> {
        match value {
            Value::Bool(on) => Ok(*on),
            Value::String(text) if text == "true" => Ok(true),
            Value::String(text) if text == "false" || text.is_empty() => Ok(false),
            _ => Err(()),
        }
    }

    fn url(value: &Value) -> Result<String, ()> {
        match value {
            Value::String(text) => Ok(text.trim().to_owned()),
            _ => Err(()),
        }
    }

    /// Interface strings from an object, or from its JSON text (an attribute's value); with each
    /// key that was skipped and why.
    fn strings(value: &Value) -> Result<(UiOverrides, Skipped), ()> {
        match value {
            Value::String(text) if text.trim().is_empty() => {
                Ok((UiOverrides::default(), Vec::new()))
            }
            Value::String(text) => match crate::model::json_value_from_str(text) {
                Ok(Value::Object(map)) => Ok(UiOverrides::from_map(&map)),
                _ => Err(()),
            },
            Value::Object(map) => Ok(UiOverrides::from_map(map)),
            _ => Err(()),
        }
    }

    /// Reads options given as JSON values by name (a page's plain object, or the command
    /// line's flags) for `surface`. Never fails: what cannot be used is a warning and the default.
    pub fn resolve<'a>(
        options: impl IntoIterator<Item = (&'a str, &'a Value)>,
        surface: Surface,
    ) -> Resolved {
        let mut resolved = Resolved::default();
        let warn = |resolved: &mut Resolved, path: &str, message: String| {
            resolved.warnings.push(Problem::warning(path, message));
        };
        for (name, value) in options {
            let path = format!("options.{name}");
            let Some(spec) = OPTIONS.iter().find(|spec| spec.name == name) else {
                warn(&mut resolved, &path, "unknown option, ignored".to_owned());
                continue;
            };
            if !spec.reach.reaches(surface) {
                let place = match spec.reach {
                    Reach::Browser => "the browser's cards",
                    Reach::Static | Reach::Card => "static renders",
                };
                warn(
                    &mut resolved,
                    &path,
                    format!("applies to {place} only, ignored"),
                );
                continue;
            }
            // `null` and `undefined` mean "not set", as an absent attribute does.
            if value.is_null() {
                continue;
            }
            match resolved.apply(spec, value) {
                Ok(skipped) => {
                    for (key, message) in skipped {
                        warn(&mut resolved, &format!("{path}.{key}"), message.to_owned());
                    }
                }
                Err(()) => {
                    let message = format!(
                        "{}, found {}: using {}",
                        expected(spec),
                        found(value),
                        default_text(spec)
                    );
                    warn(&mut resolved, &path, message);
                }
            }
        }
        resolved
    }

    /// [`resolve`] over a JSON object; anything else is one warning and every default.
    pub fn resolve_object(options: &Value, surface: Surface) -> Resolved {
        match options {
            Value::Object(map) => resolve(map.iter().map(|(k, v)| (k.as_str(), v)), surface),
            Value::Null => Resolved::default(),
            other => Resolved {
                warnings: vec![Problem::warning(
                    "options",
                    format!(
                        "expected an object of options, found {}: every option has its default",
                        found(other)
                    ),
                )],
                ..Resolved::default()
            },
        }
    }

    /// Whether `spec` takes `value`; the error says what it takes instead (for the command
    /// line, which refuses what a page would only be warned about).
    pub fn check(spec: &OptionSpec, value: &Value) -> Result<(), String> {
        Resolved::default()
            .apply(spec, value)
            .map(|_| ())
            .map_err(|()| expected(spec))
    }

    /// What `spec` takes, as its warnings and errors say it (`expected …`).
    pub fn expected(spec: &OptionSpec) -> String {
        match spec.kind {
            Kind::Integer { min, max, .. } => {
                format!("expected a whole number from {min} to {max}")
            }
            Kind::Choice(values) => {
                let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
                match quoted.split_last() {
                    Some((last, [])) => format!("expected {last}"),
                    Some((last, rest)) => format!("expected {} or {last}", rest.join(", ")),
                    None => "expected nothing".to_owned(),
                }
            }
            Kind::Language => {
                "expected a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`".to_owned()
            }
            Kind::Token => "expected up to 64 letters, digits, `-` and `_`".to_owned(),
            Kind::Strings => "expected an object of strings by name, or its JSON text".to_owned(),
            Kind::Flag => "expected true or false".to_owned(),
            Kind::Url => "expected a URL".to_owned(),
        }
    }

    /// What is used when `spec` is not set, as the warnings word it.
    pub fn default_text(spec: &OptionSpec) -> String {
        match spec.kind {
            Kind::Integer { default, .. } => default.to_string(),
            Kind::Choice(_) | Kind::Language | Kind::Token | Kind::Url => "none".to_owned(),
            Kind::Strings => "the card's own words".to_owned(),
            Kind::Flag => "false".to_owned(),
        }
    }

    /// `value` as a warning names it: a string as a JSON string (its first 100 characters), which
    /// escapes any control character, other values by kind; the runtime words it the same way.
    pub(super) fn found(value: &Value) -> String {
        match value {
            Value::String(text) => {
                let shown: String = text.chars().take(100).collect();
                let more = if shown.len() < text.len() { "…" } else { "" };
                format!("{}{more}", Value::String(shown))
            }
            other => describe_value(other),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
