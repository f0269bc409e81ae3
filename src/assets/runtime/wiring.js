// Making a card's HTML interactive: the same for a card the module rendered and for a card
// rendered statically by `exec-summary render` and upgraded where it stands.
import { emit } from '../shared/events.js';
import { cards } from './card-registry.js';
import { openFragmentOnce } from './fragment.js';
import {
  LABEL_COLLAPSE, LABEL_EXPAND, SECTION, STATUS, STATUS_COLLAPSED, STATUS_EXPANDED, TOGGLE_ALL, UPGRADABLE,
} from '../generated/hooks.js';

// A section's open state last reported, kept on the <details> element itself rather than in a
// page-long WeakMap: V8 leaves the entries its garbage collector clears in a WeakMap's table as
// deleted slots, and that table, fed two sections a card, doubled again and again as cards came
// and went (0.2 MB of empty slots after 10,000 cards, about 21 B a card).
const OPEN = Symbol('exec-summary:open');

/**
 * Gives a card rendered for upgrading (by the CLI, or by the module for a card from JSON) its
 * behaviour: "Expand all" with its labels and the live region, and "toggle" events. Returns
 * the controller that removes its listeners.
 */
export function wire(host, article) {
  const button = article.querySelector(`.${TOGGLE_ALL}`);
  const status = article.querySelector(`.${STATUS}`);
  const sections = () => Array.from(article.querySelectorAll(`details.${SECTION}`));
  const listeners = new AbortController();
  const { signal } = listeners;
  const allOpen = () => sections().every((section) => section.open);
  let announced = null;
  const sync = () => {
    if (!button) return;
    // Only a changed label is written: a new text node would have a page of cards laid out again.
    const label = allOpen() ? button.getAttribute(LABEL_COLLAPSE) : button.getAttribute(LABEL_EXPAND);
    if (button.textContent !== label) button.textContent = label;
    const stillTrue = announced === true ? allOpen() : announced === false && sections().every((s) => !s.open);
    const said = stillTrue ? button.getAttribute(announced ? STATUS_EXPANDED : STATUS_COLLAPSED) : '';
    if (status && status.textContent !== said) status.textContent = said;
  };
  for (const section of sections()) section[OPEN] = section.open;
  article.addEventListener('toggle', (event) => {
    const section = event.target;
    if (!section.matches || !section.matches(`details.${SECTION}`)) return;
    // A section rendered open fires "toggle" too: only a change from what was shown is one.
    if (section[OPEN] !== section.open) {
      section[OPEN] = section.open;
      emit(host, 'toggle', { section: section.id, expanded: section.open });
    }
    sync();
  }, { capture: true, signal });
  if (button) {
    button.addEventListener('click', () => {
      const open = !allOpen();
      for (const section of sections()) section.open = open;
      announced = open;
      sync();
    }, { signal });
  }
  sync();
  article.removeAttribute(UPGRADABLE);
  return listeners;
}

/**
 * Makes a card rendered by `exec-summary render --embed-data` (or `--data-src`) interactive
 * where it stands, without wasm and without re-rendering: its sections are native disclosures
 * already, so what is left is the "Expand all" control the static render left hidden (with its
 * labels), the live region, events and the URL fragment. Nothing moves, nothing is redrawn, and
 * the reader's open sections and scroll position stay as they are.
 */
export function upgrade(host, article) {
  const listeners = wire(host, article);
  const card = { root: article, upgraded: listeners, options: {}, apiOptions: {} };
  cards.set(host, card);
  host.setAttribute('data-es-state', 'ready');
  host.removeAttribute('aria-busy');
  emit(host, 'ready', { warnings: [], upgraded: true });
  openFragmentOnce(host);
}
