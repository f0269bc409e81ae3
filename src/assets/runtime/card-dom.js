// Putting a card into the page: where it goes (the host's shadow root, or the host), a root for
// it, and its HTML, inserted through the Trusted Types policy where the page enforces them.
import { styleDocument, styleShadow } from './stylesheet.js';
import {
  CARD, ERROR_CARD, ERROR_ITEM, ERROR_LIST, ERROR_TITLE, RETRY,
} from '../generated/hooks.js';

let policy;
let refused = false;
/**
 * `html` for innerHTML, through the Trusted Types policy `exec-summary` where the browser has
 * them: pages that enforce Trusted Types list it in their CSP. The HTML is the card module's
 * rendering, which escapes every text, or the runtime's own fixed markup.
 */
function trustedHtml(html) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy('exec-summary', { createHTML: (text) => text }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow it: the card says so (see writeCard)
      refused = true;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/** A new, empty root for a card, not in the page yet. */
export function createRoot() {
  const root = document.createElement('div');
  root.className = 'es-root';
  root.setAttribute('part', 'root');
  return root;
}

/**
 * Writes `rendered` (the card module's { html }) into `root`, in place of what it showed;
 * `retry` is the error card's "Try again".
 */
export function writeCard(root, rendered, retry) {
  if (!rendered.html) throw new Error('internal error: the card module rendered nothing');
  try {
    root.innerHTML = trustedHtml(rendered.html);
  } catch (error) {
    throw new Error(refused
      ? "this page's Content Security Policy does not allow the Trusted Types policy exec-summary: add it to trusted-types"
      : `the card could not be inserted: ${error.message}`);
  }
  if (retry) root.querySelector(`.${RETRY}`)?.addEventListener('click', retry);
}

/** The error card without the card module (English only), for when it cannot be loaded. */
export function plainError(container, message) {
  // Built node by node: it must show even where the page refuses HTML from strings.
  const element = (name, attributes, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  const root = element('div', { class: 'es-root', part: 'root' },
    element('div', { class: `${CARD} ${ERROR_CARD}`, part: 'error', role: 'alert', lang: 'en', dir: 'ltr' },
      element('p', { class: ERROR_TITLE, part: 'error-title' }, 'This summary could not be shown'),
      element('ul', { class: ERROR_LIST, part: 'error-list' }, element('li', { class: ERROR_ITEM }, message))));
  container.append(root);
  return root;
}

/** Where a host's card goes, emptied of an earlier card: its shadow root where it can have one, else the host. */
export function containerOf(host) {
  let shadow = host.shadowRoot;
  if (!shadow) {
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch {
      shadow = null; // elements such as <p> cannot host a shadow root: render in light DOM
    }
    if (shadow) styleShadow(shadow);
  }
  if (shadow) {
    shadow.querySelectorAll('.es-root').forEach((old) => old.remove());
    return shadow;
  }
  host.replaceChildren();
  styleDocument();
  return host;
}
