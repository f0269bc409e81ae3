//! Words the card itself shows (not the document's), chosen by the card's language.

/// The card's own interface strings.
#[derive(Debug, PartialEq, Eq)]
pub struct UiText {
    /// Label of the control that opens every section.
    pub expand_all: &'static str,
    /// Label of the same control once every section is open.
    pub collapse_all: &'static str,
    /// Heading of the author notes.
    pub authors: &'static str,
    /// Label before the source line.
    pub source: &'static str,
    /// Heading of the error card.
    pub error_title: &'static str,
    /// Sentence under the error card's heading.
    pub error_intro: &'static str,
}

const EN: UiText = UiText {
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    authors: "About the authors",
    source: "Source",
    error_title: "This summary could not be shown",
    error_intro: "The summary's data has problems:",
};

/// The interface strings for a BCP 47 language tag (English until more locales land).
pub fn ui_text(_lang: &str) -> &'static UiText {
    &EN
}
