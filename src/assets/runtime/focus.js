// Focus kept across an update of a card.
import { SECTION } from '../generated/hooks.js';

/**
 * What has focus inside `root`, as a function that focuses its counterpart in a new card there:
 * a section's summary by the section's id, anything else by its place among the elements like
 * it (the third link of the lede stays the third, not the first element of its class).
 */
export function focusIn(root) {
  const active = root.getRootNode().activeElement;
  if (!active || !root.contains(active)) return null;
  const section = active.closest(`details.${SECTION}`);
  const selector = active.id ? `#${CSS.escape(active.id)}`
    : section && active.localName === 'summary' ? `#${CSS.escape(section.id)}>summary`
      : active.localName + Array.from(active.classList, (name) => `.${CSS.escape(name)}`).join('');
  const index = Array.from(root.querySelectorAll(selector)).indexOf(active);
  return (next) => next.querySelectorAll(selector)[index]?.focus({ preventScroll: true });
}
