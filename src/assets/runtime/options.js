import { OPTIONS, optionName } from '../shared/option-list.js';

/**
 * A card's options, merged: each option's default < the page's `config` < the host's attribute
 * (`data-heading-level`, or bare `heading-level` on <exec-summary>) < the API's `options`, then
 * made valid: a number option (heading level, timeout) is a positive number or its default, the
 * heading level is clamped to 2–6, and `expanded` is all, none or ''.
 */
export function mergeOptions(host, config, options) {
  const merged = {};
  for (const [attribute, fallback] of Object.entries(OPTIONS)) {
    const name = optionName(attribute);
    let value = fallback;
    if (config[name] !== undefined) value = config[name];
    const written = host.getAttribute(`data-${attribute}`) ?? (host.localName === 'exec-summary' ? host.getAttribute(attribute) : null);
    if (written !== null) value = written;
    if (options[name] !== undefined) value = options[name];
    if (typeof fallback === 'number') value = Number(value) > 0 ? Number(value) : fallback;
    merged[name] = value;
  }
  merged.headingLevel = Math.min(6, Math.max(2, merged.headingLevel));
  merged.expanded = ['all', 'none'].includes(merged.expanded) ? merged.expanded : '';
  return merged;
}
