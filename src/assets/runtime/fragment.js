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
