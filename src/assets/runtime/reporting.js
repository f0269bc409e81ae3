// What the runtime tells the page: console lines (events go through ../shared/events.js).

/** The prefix of every console line of the widget. */
export const LOG = 'exec-summary:';

/**
 * Writes a shown card's problems ({ path, message, severity }) to the console as
 * `exec-summary: <src>: <path>: <message>`: warnings for a card, errors for an error card.
 */
export function report(label, card) {
  for (const { path, message } of card.problems) {
    const line = `${LOG} ${label}: ${path ? `${path}: ` : ''}${message}`;
    if (card.ok) console.warn(line);
    else console.error(line);
  }
}
