// The room kept for cards against layout shift. The loader keeps room on a host while its card
// loads (host[RESERVE], its min-height: the host's data-height, or the card's height earlier in
// the session); a re-mounted card keeps its old height while the new one loads. Once a card
// shows, room it does not need is given back only as far as nothing the reader sees moves.
import { RESERVE, sourceOf, storageKey } from '../shared/protocol.js';
import { cards } from './card-registry.js';
import { createRoot } from './card-dom.js';

/**
 * The least height a host at `rect` may take now, down to its card's `height`, without moving
 * anything the reader sees in a viewport `viewport` pixels tall: what follows a host moves with
 * its lower edge, which must stay below the viewport (or the host be wholly above it, where
 * scroll anchoring keeps the view still).
 */
export const leastHeight = (rect, height, viewport) => (rect.bottom <= 0 ? height : Math.max(height, Math.ceil(viewport - rect.top)));

/**
 * The room for a host at `rect` still waiting for its card, now that the same card measured
 * `height`, while `reserved` is kept: shrinking stops at the viewport's edge; growing happens only
 * where what follows is out of sight (below the viewport, or the host above it).
 */
export function waitingRoom(rect, height, reserved, viewport) {
  if (height < reserved) return leastHeight(rect, height, viewport);
  return rect.bottom >= viewport || rect.bottom <= 0 ? height : reserved;
}

/** The room worth keeping on a host: `room` where it exceeds the card's `height`, else none (0). */
export const roomBeyond = (room, height) => (room > height ? room : 0);

/** An empty root keeping `height` pixels of the page in `container` while a card's data loads. */
export function placeholder(container, height) {
  const root = createRoot();
  root.style.minHeight = `${height}px`;
  container.append(root);
  return root;
}

const fitting = new Map(); // host → card, shown since the last frame
const measured = new Set(); // storage keys of the cards measured so far
const kept = new Map(); // host → its card's height, for hosts whose room is larger than their card

/** Sets the room kept on `host` (none when it is no more than the card's `height`). */
function setRoom(host, room, height) {
  const keep = roomBeyond(room, height);
  if (!keep) {
    host.style.minHeight = host[RESERVE] = '';
    kept.delete(host);
  } else if (keep !== host[RESERVE]) {
    host[RESERVE] = keep;
    host.style.minHeight = `${keep}px`;
  }
}

/**
 * Gives back the room the loader kept for cards (host[RESERVE]) once they show. Each card from a
 * URL, with or without room, is measured once laid out: its height is remembered for its URL and
 * width for the session (the loader keeps it on the next view), and given at once to hosts
 * still waiting for the same card with room. Room a card does not need shrinks only as far as
 * nothing visible moves (see leastHeight), the rest as the reader scrolls on or acts on the
 * card. Cards that showed during a frame are measured together at the next one, all reads before
 * all writes, so the page is laid out once.
 */
function fitAll() {
  const shown = Array.from(fitting, ([host, card]) => ({ host, card })).filter(({ host, card }) => cards.get(host) === card);
  fitting.clear();
  // Reads.
  for (const item of shown) {
    item.height = Math.ceil(item.card.root.getBoundingClientRect().height);
    item.rect = item.host.getBoundingClientRect();
    item.src = sourceOf(item.host);
    item.key = storageKey(item.host.clientWidth, item.src);
  }
  // Hosts still waiting with room get the height of a card measured for the first time. Hosts
  // without are not given any on this view (see the loader's reserve: lazy hosts of no height
  // mount in batches; at their cards' heights, a page of a thousand scrolled through in twice
  // the time); the next view keeps the remembered room from the start.
  const fresh = new Set(shown.filter((item) => item.card.ok && !measured.has(item.key)).map((item) => item.src));
  const others = !fresh.size ? [] : Array.from(document.querySelectorAll('[data-es-state="waiting"]'))
    .filter((host) => host[RESERVE] && fresh.has(sourceOf(host)))
    .map((host) => ({ host, key: storageKey(host.clientWidth, sourceOf(host)), rect: host.getBoundingClientRect() }));
  // Writes.
  const known = new Map();
  for (const { host, card, height, rect, src, key } of shown) {
    if (card.ok && src && height) {
      known.set(key, height);
      measured.add(key);
      try {
        sessionStorage.setItem(key, String(height));
      } catch {
        // storage blocked or full: the next visit keeps no room
      }
    }
    const room = leastHeight(rect, height, innerHeight);
    if (room < host[RESERVE]) setRoom(host, room, height);
    if (host[RESERVE]) keep(host, height);
  }
  for (const { host, key, rect } of others) {
    const height = known.get(key);
    if (!height) continue;
    const room = waitingRoom(rect, height, host[RESERVE], innerHeight);
    if (room !== host[RESERVE]) {
      host[RESERVE] = room;
      host.style.minHeight = `${room}px`;
    }
  }
}

/** Measures `card` of `host` at the next frame, with every other card shown before it. */
function fitLater(host, card) {
  if (!fitting.size) requestAnimationFrame(fitAll);
  fitting.set(host, card);
}

/**
 * Fits the room of a card just shown (its label naming where its data came from), when there is
 * room to fit or a height to remember: the host's own URL's card is measured once laid out.
 */
export function fitWhenLaidOut(host, card, label) {
  const measure = host[RESERVE] || (card.ok && label === sourceOf(host));
  if (measure && card.ok && card.away) {
    // A card mounted out of view measures as its placeholder until the browser first lays it
    // out (not before its first frame, even in view): it is measured then.
    const article = card.root.firstElementChild;
    article.addEventListener('contentvisibilityautostatechange', function laidOut(event) {
      if (event.skipped) return;
      article.removeEventListener(event.type, laidOut);
      fitLater(host, card);
    });
  } else if (measure) {
    fitLater(host, card);
  }
}

/** Watches a host whose room is larger than its card (of `height`) until it can shrink. */
function keep(host, height) {
  if (kept.has(host)) return;
  kept.set(host, height);
  if (kept.size === 1) {
    addEventListener('scroll', release, { passive: true });
    addEventListener('resize', release, { passive: true });
  }
  // A reader acting on the card may move the page (that shift counts as expected).
  const now = () => setRoom(host, 0, 0);
  host.addEventListener('pointerdown', now, { once: true });
  host.addEventListener('keydown', now, { once: true });
}

function release() {
  const rooms = Array.from(kept, ([host, height]) => [host, height, host.isConnected && host[RESERVE] ? leastHeight(host.getBoundingClientRect(), height, innerHeight) : 0]);
  for (const [host, height, room] of rooms) {
    if (room < host[RESERVE] || !room) setRoom(host, room, height);
  }
  if (!kept.size) {
    removeEventListener('scroll', release);
    removeEventListener('resize', release);
  }
}
