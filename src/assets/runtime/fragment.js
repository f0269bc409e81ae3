// The URL fragment: a link to #a-section-id opens that section and scrolls it into view.
import { cards } from './card-registry.js';

/** Opens and scrolls to the section named by the URL fragment, in `only` or in every card. */
export function openFromHash(only) {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (!id) return;
  for (const [host, card] of cards) {
    if (only && host !== only) continue;
    const section = card.root?.querySelector(`details[id="${CSS.escape(id)}"]`);
    if (section) {
      section.open = true;
      section.scrollIntoView({ block: 'start' });
      return;
    }
  }
}

// Set on a host once its first card showed, kept on the host itself (see wiring's OPEN).
const OPENED = Symbol('exec-summary:fragment');

/**
 * Opens the fragment's section in the first card `host` shows, and never again there: a live
 * update or a re-mount would reopen a section the reader closed and scroll the page back to it.
 */
export function openFragmentOnce(host) {
  if (host[OPENED]) return;
  host[OPENED] = true;
  openFromHash(host);
}
