// The two wasm modules the block editor runs, loaded once for every block of the page: the
// authoring module (the playground's importer and validator; the plugin ships its wasm for the
// editor only) and the card module (pkg/'s, in an instance of the editor's own, apart from the
// one the loader's runtime renders the previews with). Both glues are bundled into the editor
// script; the wasm files are the plugin's. Readers' pages load neither of them from here.
import initAuthoring, * as authoringModule from '../../../www/playground/authoring.js';
import initCard, * as cardModule from '../../../pkg/exec_summary.js';
import { resolveOptions } from '../../../src/assets/runtime/options.js';

/** Where the plugin's files are, the post's language and the site's card defaults (includes/blocks.php). */
export const config = () => window.execSummaryBlockEditor || {};

let loading = null;

/** Resolves to { authoring, card }, the two initialised modules. */
export function loadEngines() {
  if (!loading) {
    const { assets, authoring, version } = config();
    loading = Promise.all([
      initAuthoring({ module_or_path: `${authoring}authoring_bg.wasm?ver=${version}` }),
      initCard({ module_or_path: `${assets}exec_summary_bg.wasm?ver=${version}` }),
    ]).then(() => ({ authoring: authoringModule, card: cardModule }));
    loading.catch(() => {
      loading = null; // tried again by the next block
    });
  }
  return loading;
}

/** Whether the pasted text is JSON already rather than plain text or Markdown for the importer. */
export const looksLikeJson = (text) => /^\s*[{[]/.test(text);

/**
 * The pasted `text` read into the card: `{ json, notes, problems, options, rendered }`, where
 * `json` is the document's JSON text ('' when there is none), `notes` the importer's remarks,
 * `problems` the validator's (CLI words: problems.js), `options` the card's checked options and
 * `rendered` the card module's `{ html, ok, problems }` (null when the text has errors).
 */
export function readSummary(engines, text, wanted, lang) {
  let json = text;
  let notes = [];
  if (!text.trim()) return { json: '', notes, problems: [], options: null, rendered: null };
  if (!looksLikeJson(text)) {
    const imported = JSON.parse(engines.authoring.importText(text, 'auto', lang));
    json = imported.json;
    notes = imported.warnings;
  }
  const problems = JSON.parse(engines.authoring.validate(json)).map(({ path, message, severity }) => ({ path, message, severity }));
  if (problems.some((problem) => problem.severity !== 'warning')) return { json, notes, problems, options: null, rendered: null };
  // The card's own words follow the post's language unless the document names its own.
  const documentLang = JSON.parse(json).lang;
  const merged = { ...wanted, lang: wanted.lang || (typeof documentLang === 'string' && documentLang ? '' : lang) };
  const checked = resolveOptions(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '' && value !== undefined)));
  const rendered = engines.card.renderCard(json, checked.options, true);
  return { json, notes, problems: rendered.ok ? problems : rendered.problems, options: checked.options, rendered: rendered.ok ? rendered : null };
}
