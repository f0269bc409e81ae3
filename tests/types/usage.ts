// Compiled with `tsc --strict --noEmit` (npm run test:types): every API, option and event detail
// of the shipped types (pkg/exec-summary.d.ts) used as a publisher's TypeScript would use them.
// It fails when the types lose something the loader has, or type it wrongly.
import type {
  ExecSummaryCardOptions,
  ExecSummaryConfig,
  ExecSummaryErrorDetail,
  ExecSummaryHandle,
  ExecSummaryOptions,
  ExecSummaryProblem,
  ExecSummaryReadyDetail,
  ExecSummaryStrings,
  ExecSummaryToggleDetail,
} from '../../pkg/exec-summary.js';

// Set before the loader runs: card options for every card, and the loader's own settings.
const config: ExecSummaryConfig = {
  base: '/pkg/',
  loading: 'eager',
  rootMargin: '100% 0px',
  observe: false,
  debug: true,
  headingLevel: 3,
  theme: 'sepia',
  variant: 'compact',
  expanded: 'all',
  lang: 'fr',
  idPrefix: 'card-',
  strings: { expandAll: 'Tout afficher', source: 'Source' },
  timeout: 5000,
};
window.ExecSummaryConfig = config;
globalThis.ExecSummaryConfig = { ...config, strings: '{"retry": "Again"}' };

// Attributes are text: numbers may come as strings.
const fromAttributes: ExecSummaryCardOptions = { headingLevel: '4', timeout: '2500', theme: '' };
const strings: ExecSummaryStrings = { summaryHeading: 'In short', errorMore: '… {n} more' };
const options: ExecSummaryOptions = { ...fromAttributes, strings };

// The global, as the README writes it, and through window.
const element = document.createElement('div');
document.body.append(element);
const handle: ExecSummaryHandle = ExecSummary.render(element, { title: 'T', sections: [] }, options);
window.ExecSummary.render(element, '/summaries/a.json');
ExecSummary.render(element, '{"title": "T"}');
ExecSummary.render(element);
const ready: Promise<Element> = handle.ready;
void ready.then((shown) => shown.querySelector('article'));
void handle.update({ title: 'Updated' });
void handle.update('/summaries/b.json');
handle.destroy();
ExecSummary.scan();
ExecSummary.scan(document.body);
ExecSummary.scan(element.attachShadow({ mode: 'open' }));
ExecSummary.destroy(element);
const version: string = ExecSummary.version;
void ExecSummary.__stats?.().then(({ wasmMemory, cards, instances }) => wasmMemory + cards + instances);

// Events, on a host, the document and the window, with their details typed.
const describe = (problem: ExecSummaryProblem): string => `${problem.path}: ${problem.message} (${problem.severity === 'error' ? 'error' : 'warning'})`;
element.addEventListener('exec-summary:ready', (event) => {
  const detail: ExecSummaryReadyDetail = event.detail;
  detail.warnings.map(describe);
  const upgraded: boolean = detail.upgraded === true;
  void upgraded;
});
document.addEventListener('exec-summary:toggle', (event) => {
  const { section, expanded }: ExecSummaryToggleDetail = event.detail;
  void `${section} ${expanded ? 'open' : 'closed'}`;
});
window.addEventListener('exec-summary:error', (event) => {
  const detail: ExecSummaryErrorDetail = event.detail;
  detail.problems.map(describe);
});

// The element, with its live attributes.
const custom: HTMLElement = document.createElement('exec-summary');
custom.setAttribute('heading-level', '3');

// What the types refuse.
// @ts-expect-error a theme the card does not have
ExecSummary.render(element, {}, { theme: 'neon' });
// @ts-expect-error an option that does not exist
ExecSummary.render(element, {}, { heading: 3 });
// @ts-expect-error loading is the page config's, not a card option
const wrong: ExecSummaryCardOptions = { loading: 'eager' };
void [version, wrong];
