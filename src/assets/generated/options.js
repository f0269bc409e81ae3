// Written by tests/generated_assets.rs from the Rust definitions: do not edit. After changing
// them, `UPDATE_GENERATED=1 cargo test --test generated_assets` writes this file again.
// The card's options (src/options.rs) as the browser reads them.

/**
 * Each option a host or a page can set: its attribute (`data-…` on a host, bare on
 * <exec-summary>; its name in JavaScript is the attribute in camelCase), what it takes
 * ('integer' from, to, default; 'choice' of the listed words or none; a 'language' tag; a
 * 'token' of letters, digits, - and _; 'strings', the card's own words by name), and the
 * words of a warning: what it expects, and what is used instead.
 */
export const OPTIONS = [
  ["heading-level", "integer", "expected a whole number from 2 to 6", "2", 2, 6, 2],
  ["id-prefix", "token", "expected up to 64 letters, digits, `-` and `_`", "none"],
  ["theme", "choice", "expected `light`, `dark`, `auto`, `sepia` or `high-contrast`", "none", ["light", "dark", "auto", "sepia", "high-contrast"]],
  ["variant", "choice", "expected `compact`", "none", ["compact"]],
  ["expanded", "choice", "expected `all` or `none`", "none", ["all", "none"]],
  ["lang", "language", "expected a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`", "none"],
  ["strings", "strings", "expected an object of strings by name, or its JSON text", "the card's own words"],
  ["timeout", "integer", "expected a whole number from 1 to 600000", "10000", 1, 600000, 10000],
];

/** The attributes of those options, all live on <exec-summary>. */
export const ATTRIBUTES = ["heading-level", "id-prefix", "theme", "variant", "expanded", "lang", "strings", "timeout"];

/** The attributes the static marker writes (the card's own options, not how it is fetched). */
export const MARKER_ATTRIBUTES = ["heading-level", "id-prefix", "theme", "variant", "expanded", "lang", "strings"];

/** Options of static renders only (the server's render), which a page is warned about. */
export const STATIC_ONLY = ["embedData", "dataSrc"];

/** The names of the card's own words, the keys the strings option takes. */
export const STRING_NAMES = ["summaryHeading", "expandAll", "collapseAll", "allExpanded", "allCollapsed", "authors", "source", "errorTitle", "errorIntro", "errorMore", "retry"];
