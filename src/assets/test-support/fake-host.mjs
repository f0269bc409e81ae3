// For the runtime's unit tests (node --test, no browser): a host element as far as the pure
// functions look at one.

/** A stand-in for an element named `localName` with `attributes` (name → value). */
export function fakeHost(localName, attributes = {}) {
  return {
    localName,
    getAttribute: (name) => (Object.hasOwn(attributes, name) ? String(attributes[name]) : null),
    hasAttribute: (name) => Object.hasOwn(attributes, name),
    querySelector: () => null,
  };
}
