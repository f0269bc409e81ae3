/**
 * Dispatches `exec-summary:<name>` from `host`. Every event of the widget, the loader's and the
 * runtime's, goes through here: it bubbles, and it is composed, so a host inside another
 * component's shadow root still tells the page.
 */
export function emit(host, name, detail) {
  host.dispatchEvent(new CustomEvent('exec-summary:' + name, { bubbles: true, composed: true, detail }));
}
