import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leastHeight, roomBeyond, waitingRoom } from './room.js';

const VIEWPORT = 800;
/** A host's box whose top edge is at `top` (viewport pixels) and which is `height` tall. */
const box = (top, height) => ({ top, bottom: top + height });

test('a host wholly above the viewport gives back all its room (scroll anchoring keeps the view)', () => {
  assert.equal(leastHeight(box(-1500, 1000), 600, VIEWPORT), 600);
  assert.equal(leastHeight(box(-1000, 1000), 600, VIEWPORT), 600, 'lower edge exactly at the top');
});

test('a host whose lower edge is in view keeps it at the viewport’s bottom, no higher', () => {
  // Room of 1000 at top 300: the card is 200, the viewport's bottom edge is 500 below the top.
  assert.equal(leastHeight(box(300, 1000), 200, VIEWPORT), 500);
  // Partly scrolled past: only what is in view counts.
  assert.equal(leastHeight(box(-200, 1000), 300, VIEWPORT), 1000);
  assert.equal(leastHeight(box(100.4, 1000), 200, VIEWPORT), 700, 'rounded up, never a pixel short');
});

test('a host below the viewport, or a card taller than what is in view, takes the card’s height', () => {
  assert.equal(leastHeight(box(900, 1000), 600, VIEWPORT), 600);
  assert.equal(leastHeight(box(800, 1000), 600, VIEWPORT), 600);
  assert.equal(leastHeight(box(100, 1000), 900, VIEWPORT), 900);
});

test('a waiting host shrinks toward a shorter card only as far as the viewport’s edge', () => {
  assert.equal(waitingRoom(box(300, 1000), 200, 1000, VIEWPORT), 500);
  assert.equal(waitingRoom(box(900, 1000), 200, 1000, VIEWPORT), 200);
  assert.equal(waitingRoom(box(-1500, 1000), 200, 1000, VIEWPORT), 200);
});

test('a waiting host grows toward a taller card only where what follows is out of sight', () => {
  assert.equal(waitingRoom(box(900, 600), 1000, 600, VIEWPORT), 1000, 'below the viewport');
  assert.equal(waitingRoom(box(100, 700), 1000, 700, VIEWPORT), 1000, 'lower edge at the bottom');
  assert.equal(waitingRoom(box(-900, 600), 1000, 600, VIEWPORT), 1000, 'above the viewport');
  assert.equal(waitingRoom(box(100, 600), 1000, 600, VIEWPORT), 600, 'its lower edge in view: it stays');
  assert.equal(waitingRoom(box(100, 600), 600, 600, VIEWPORT), 600);
});

test('room is kept only where it is more than the card needs', () => {
  assert.equal(roomBeyond(500, 200), 500);
  assert.equal(roomBeyond(200, 200), 0);
  assert.equal(roomBeyond(150, 200), 0);
  assert.equal(roomBeyond(0, 0), 0);
});
