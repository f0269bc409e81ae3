/** What has focus inside `root`, as a function that focuses its counterpart in a new card there. */
export function focusIn(root) {
  const active = root.getRootNode().activeElement;
  if (!active || !root.contains(active)) return null;
  const section = active.closest('details.es-section');
  let selector = null;
  if (active.id) selector = `[id="${CSS.escape(active.id)}"]`;
  else if (section && active.localName === 'summary') selector = `details[id="${CSS.escape(section.id)}"] > summary`;
  else if (active.classList.length) selector = `.${CSS.escape(active.classList[0])}`;
  return selector && ((next) => next.querySelector(selector)?.focus({ preventScroll: true }));
}
