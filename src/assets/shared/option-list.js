// The card's options, in one list: option merging reads it (runtime/options.js), and so does
// <exec-summary>'s observedAttributes (the loader), so every option is a live attribute. Keyed by
// attribute, so the loader carries no more than the attribute names it observes.

/**
 * Every card option, by its attribute (data- prefixed on plain hosts, bare on <exec-summary>),
 * with its built-in default.
 */
export const OPTIONS = {
  'heading-level': 2,
  theme: '',
  variant: '',
  expanded: '',
  lang: '',
  strings: '',
  timeout: 10000,
};

/** An option's name in ExecSummaryConfig and render() options: its attribute in camelCase. */
export const optionName = (attribute) => attribute.replace(/-(.)/g, (dash, letter) => letter.toUpperCase());
