// The card's options, in one list: option merging reads it (runtime/options.js), and so does
// <exec-summary>'s observedAttributes (the loader), so every option is a live attribute.

/**
 * Every card option: its `name` in ExecSummaryConfig and render() options, its `attribute`
 * (data- prefixed on plain hosts, bare on <exec-summary>) and its built-in default.
 */
export const OPTIONS = [
  { name: 'headingLevel', attribute: 'heading-level', default: 2 },
  { name: 'theme', attribute: 'theme', default: '' },
  { name: 'variant', attribute: 'variant', default: '' },
  { name: 'expanded', attribute: 'expanded', default: '' },
  { name: 'lang', attribute: 'lang', default: '' },
  { name: 'strings', attribute: 'strings', default: '' },
  { name: 'timeout', attribute: 'timeout', default: 10000 },
];
