/** Resolves in a later task, after the browser had its chance to handle input and paint. */
function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel(); // unlike setTimeout, never clamped to 4 ms
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
}

const line = [];
let serving = false;

function serve() {
  const next = line.shift();
  serving = Boolean(next);
  if (!next) return;
  next();
  yieldToPage().then(serve);
}

/**
 * Resolves when it is this card's turn to render. Mounting many cards at once never blocks the
 * page for long: cards take turns, one per task, so input and paint come in between (a card
 * renders, is inserted and is wired in one go). The first card in line goes at once.
 */
export function turn() {
  return new Promise((resolve) => {
    line.push(resolve);
    if (!serving) serve();
  });
}
