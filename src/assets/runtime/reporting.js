// What the runtime tells the page: console lines (events go through ../shared/events.js).

/** The prefix of every console line of the widget. */
export const LOG = 'exec-summary:';

/** Writes a shown card's problems to the console: warnings for a card, errors for an error card. */
export function report(label, card) {
  for (const problem of card.problems) {
    const line = `${LOG} ${label}: ${problem}`;
    if (card.ok) console.warn(line);
    else console.error(line);
  }
}
