// A card's life in its host: mount (or re-mount), update with new data, destroy, and the error
// card in place of a card that cannot be shown.
import { emit } from '../shared/events.js';
import { AWAY } from '../shared/protocol.js';
import { cards } from './card-registry.js';
import { containerOf, createRoot, plainError, writeCard } from './card-dom.js';
import { source } from './fetching.js';
import { focusIn } from './focus.js';
import { openFragmentOnce } from './fragment.js';
import { mergeOptions, resolveOptions } from './options.js';
import { report } from './reporting.js';
import { fitWhenLaidOut, placeholder } from './room.js';
import { loadStylesheet } from './stylesheet.js';
import { turn } from './turns.js';
import { isTrap, loadModule, renderCard, renderErrorCard } from './wasm-module.js';
import { upgrade, wire } from './wiring.js';
import { CARD, SECTION, STATIC_HOST } from '../generated/hooks.js';

let config = {};
const starting = new WeakMap(); // host → token of a mount waiting for the module

/** Sets the page's ExecSummaryConfig, merged into every card's options; called once by createRuntime. */
export function useConfig(pageConfig) {
  config = pageConfig;
}

/**
 * Resolves once the card module and the stylesheet are there; a page whose cards were all
 * rendered statically (and are upgraded in place) never asks, and never downloads either.
 */
const ready = () => Promise.all([loadModule(), loadStylesheet()]);

/**
 * Shows `rendered` (the card module's { html, ok, problems }) in a new root of `card`, in place of
 * the space its old root kept; `retry` is the error card's "Try again".
 */
function show(card, rendered, retry) {
  const height = card.root ? card.root.getBoundingClientRect().height : 0;
  const root = createRoot();
  writeCard(root, rendered, retry);
  card.container.append(root);
  card.root?.remove();
  card.root = root;
  card.ok = rendered.ok;
  card.problems = rendered.problems;
  // A card mounted out of view is not laid out until it nears the viewport (content-visibility
  // in the stylesheet): a page of cards is not laid out all at once. Cards in view are laid out
  // at once, as the browser would otherwise paint them at a placeholder's height for a frame.
  root.classList.toggle('es-root--away', Boolean(card.away));
  // The old card's space is kept until the new one shows, so the page below does not jump.
  if (height) root.style.minHeight = `${height}px`;
}

/**
 * Shows an error card with `message` in place of `card`: from the live module, else plain.
 * Resolves once it shows.
 */
async function fail(host, card, message) {
  card.root?.remove();
  const failed = { ...card, root: null };
  cards.set(host, failed);
  let live = true;
  try {
    await ready();
  } catch {
    live = false; // shown without the module below
  }
  if (cards.get(host) !== failed) return;
  if (live) {
    try {
      show(failed, renderErrorCard(message, failed.options, false));
    } catch {
      live = false; // this instance died too, or the page refuses the card's HTML
    }
  }
  if (!live) {
    failed.root = plainError(failed.container, message);
    failed.ok = false;
    failed.problems = [...failed.options.warnings, { path: '', message, severity: 'error' }];
  }
  await settle(host, failed, failed.label || 'card');
}

/** Reports a card just shown (or updated) as ready, or as failed for the error card. */
async function settle(host, card, label) {
  if (cards.get(host) !== card || !card.root.firstElementChild) return; // destroyed meanwhile
  report(label, card);
  card.root.style.minHeight = '';
  fitWhenLaidOut(host, card, label);
  card.listeners = card.ok ? wire(host, card.root.firstElementChild) : null;
  host.setAttribute('data-es-state', card.ok ? 'ready' : 'error');
  host.removeAttribute('aria-busy');
  if (card.ok) {
    emit(host, 'ready', { warnings: card.problems });
    openFragmentOnce(host);
  } else {
    emit(host, 'error', { problems: card.problems });
  }
}

/** Mounts (or re-mounts) the card of `host`; `apiOptions` come from ExecSummary.render. */
export async function mount(host, apiOptions = {}) {
  const article = host.hasAttribute(STATIC_HOST) && apiOptions.data === undefined && !cards.has(host)
    ? host.querySelector(`:scope > article.${CARD}`)
    : null;
  if (article) return upgrade(host, article);
  // destroy() while the module is still loading cancels this mount.
  const token = {};
  starting.set(host, token);
  // The data loads while the module does.
  // Checked once, { options, warnings }: the warnings go with whatever the card shows.
  const checked = resolveOptions(mergeOptions(host, config, apiOptions));
  const [label, text] = source(host, { timeout: checked.options.timeout, data: apiOptions.data, inline: apiOptions.inline });
  text.catch(() => {}); // a failure is shown below, once there is a module to show it
  await ready().catch(() => {}); // a module that cannot load gets its error card below
  if (starting.get(host) !== token) return;
  starting.delete(host);
  const previous = cards.get(host);
  const height = previous?.root ? previous.root.getBoundingClientRect().height : 0;
  destroy(host);
  const container = containerOf(host);
  const card = {
    root: height ? placeholder(container, height) : null, container, options: checked, apiOptions, away: host[AWAY],
  };
  host[AWAY] = false; // seen when the loader first started the host: a later re-mount may be in view
  cards.set(host, card);
  host.setAttribute('data-es-state', 'loading');
  host.setAttribute('aria-busy', 'true');
  card.label = label;
  let json;
  let failure;
  try {
    json = await text;
  } catch (error) {
    failure = error.message;
  }
  if (cards.get(host) !== card) return; // destroyed or re-mounted meanwhile
  await turn();
  if (cards.get(host) !== card) return;
  // The live module: the same as above, unless a trap retired it while the data loaded.
  try {
    await ready();
  } catch (error) {
    return fail(host, card, `could not load the card module: ${error.message}`);
  }
  if (cards.get(host) !== card) return;
  try {
    const retry = failure?.startsWith('could not load');
    show(card, failure === undefined ? renderCard(json, checked) : renderErrorCard(failure, checked, retry), retry && (() => mount(host, apiOptions)));
  } catch (error) {
    return fail(host, card, isTrap(error) ? `internal error: the card stopped while rendering (${error.message})` : error.message);
  }
  await settle(host, card, label);
}

/** Shows new data (object, JSON text or URL) in a mounted card, keeping its open sections. */
export async function update(host, data) {
  const card = cards.get(host);
  // Only a card the module rendered is updated in place; anything else is mounted afresh.
  if (!card || card.upgraded || !card.ok) return mount(host, { ...(card ? card.apiOptions : {}), data });
  const [label, text] = source(host, { timeout: card.options.options.timeout, data });
  let json;
  try {
    json = await text;
  } catch (error) {
    return mount(host, { ...card.apiOptions, data });
  }
  if (cards.get(host) !== card) return; // destroyed or re-mounted meanwhile
  try {
    await ready();
  } catch {
    return mount(host, { ...card.apiOptions, data }); // it shows why
  }
  if (cards.get(host) !== card) return;
  // The reader's open sections and focus stay where the new card has the same ones.
  const wasOpen = new Map(Array.from(card.root.querySelectorAll(`details.${SECTION}`), (section) => [section.id, section.open]));
  const focused = focusIn(card.root);
  try {
    const rendered = renderCard(json, card.options);
    card.listeners?.abort();
    writeCard(card.root, rendered);
    card.ok = rendered.ok;
    card.problems = rendered.problems;
  } catch (error) {
    if (!isTrap(error)) throw error;
    return mount(host, { ...card.apiOptions, data }); // a fresh instance renders it
  }
  for (const section of card.root.querySelectorAll(`details.${SECTION}`)) {
    const open = wasOpen.get(section.id);
    if (open !== undefined && open !== section.open) section.open = open;
  }
  await settle(host, card, label);
  focused?.(card.root);
}

/** Unmounts the card of `host`; the host is left empty (a static card is left as it is). */
export function destroy(host) {
  starting.delete(host);
  const card = cards.get(host);
  if (!card) return;
  cards.delete(host);
  host.removeAttribute('data-es-state');
  if (card.upgraded) {
    // A static card is the page's own content: stop listening, leave it where it is.
    card.upgraded.abort();
    return;
  }
  card.listeners?.abort();
  card.root?.remove();
  host.removeAttribute('aria-busy');
}
