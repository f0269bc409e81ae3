// Compiled with `tsc --strict --noEmit` (npm run test:types): the card module's own exports
// (pkg/exec_summary.js, what the runtime and a server call) used with their declared types.
// It fails when the exports' declarations drift from what src/bindings.rs takes and gives.
import init, { initSync, renderCard, renderError, validate } from '../../pkg/exec_summary.js';
import type { ExecSummaryDocument, ExecSummaryRendered, ExecSummaryValidated } from '../../pkg/exec_summary.js';
import type { ExecSummaryCheckedOptions, ExecSummaryProblem } from '../../pkg/exec-summary.js';

const checked: ExecSummaryCheckedOptions = { headingLevel: 3, theme: 'dark', expanded: 'all', strings: { retry: 'Again' } };
const documents: ExecSummaryDocument[] = ['{"title": "T"}', { title: 'T', sections: [] }];

void init({ module_or_path: new URL('./exec_summary_bg.wasm', import.meta.url) }).then(() => {
  for (const document of documents) {
    const rendered: ExecSummaryRendered = renderCard(document, checked, true);
    const html: string = rendered.html;
    const problems: ExecSummaryProblem[] = rendered.ok ? [] : rendered.problems;
    void [html, problems];
    const validated: ExecSummaryValidated = validate(document);
    validated.problems.map(({ path, message, severity }) => `${severity}: ${path}: ${message}`);
  }
  renderCard('{}', undefined, false);
  const failed: ExecSummaryRendered = renderError('HTTP 404', checked, true);
  void failed.ok;
});
void initSync;

// What the types refuse.
// @ts-expect-error checked options hold numbers, not the text of an attribute
renderCard('{}', { headingLevel: '3' }, true);
// @ts-expect-error a theme the card does not have
renderCard('{}', { theme: 'neon' }, true);
// @ts-expect-error the result has no `text`
void validate('{}').text;
