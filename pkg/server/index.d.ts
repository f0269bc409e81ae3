// Types of exec-summary/server (pkg/server/index.js): the card rendered in Node, Deno or Bun by
// the same wasm module as in the browser, ready at import. tests/npm/ checks them with
// `tsc --strict` as an installed package.
import type {
  ExecSummaryCardOptions, ExecSummaryCheckedOptions, ExecSummaryProblem, ExecSummaryStaticOptions,
} from '../exec-summary.js';

export type { ExecSummaryProblem } from '../exec-summary.js';

/** A summary document: its JSON text, or an object read as the JSON it would be. */
export type ExecSummaryServerDocument = string | object;

/**
 * The options of a static render: the card's own (those a static card keeps; not how the
 * browser fetches) and the marker around it (`embedData` or `dataSrc`), as the command line's
 * flags of the same names.
 */
export type ExecSummaryServerOptions = Pick<ExecSummaryCardOptions, keyof ExecSummaryCheckedOptions> & ExecSummaryStaticOptions;

/** What `render` gives: the card's HTML as `exec-summary render` prints it ('' when not `ok`). */
export interface ExecSummaryServerRendered {
  html: string;
  /** Whether the document was valid (and `html` is its card). */
  ok: boolean;
  /** Warnings about the options, then the document's problems, in document order. */
  problems: ExecSummaryProblem[];
}

/** What `validate` gives: the problems `exec-summary validate` prints. */
export interface ExecSummaryServerValidated {
  ok: boolean;
  problems: ExecSummaryProblem[];
}

/** The card of `document`, with `options`; never throws (an invalid document is `ok: false`). */
export declare function render(document: ExecSummaryServerDocument, options?: ExecSummaryServerOptions): ExecSummaryServerRendered;

/** The problems of `document`; never throws. */
export declare function validate(document: ExecSummaryServerDocument): ExecSummaryServerValidated;
