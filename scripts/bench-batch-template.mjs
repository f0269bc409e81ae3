// The plain JavaScript peer of scripts/bench-batch.sh: renders each summary JSON file given on the
// command line to OUT_DIR/<stem>.html with one template literal (escaped text, details/summary
// sections, authors, source), as a site generator without this project would. No validation and
// no inline markup: it does less than `exec-summary render`, so it is a generous peer.
//
//   node scripts/bench-batch-template.mjs OUT_DIR FILE…
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

function card(doc) {
  const sections = (doc.sections || []).map((s, i) => `<details class="es-section" id="${esc(s.id || `section-${i + 1}`)}"${s.expanded ? ' open' : ''}>`
    + `<summary class="es-section__summary"><h4 class="es-section__title">${esc(s.title)}</h4></summary>`
    + `<div class="es-section__body">${(s.paragraphs || []).map((p) => `<p class="es-section__paragraph">${esc(p)}</p>`).join('')}`
    + `${s.items && s.items.length ? `<ul class="es-section__list">${s.items.map((item) => `<li class="es-section__item">${esc(item)}</li>`).join('')}</ul>` : ''}</div></details>`).join('');
  const authors = (doc.authors || []).map((a) => `<li class="es-author"><p class="es-author__bio"><strong class="es-author__name">${esc(a.name)}</strong> ${esc(a.bio)}</p></li>`).join('');
  const source = doc.source ? `<p class="es-source">Source: ${[doc.source.title, doc.source.publisher, doc.source.date].filter(Boolean).map(esc).join(', ')}</p>` : '';
  return `<article class="es-card" lang="${esc(doc.lang || 'en')}" aria-labelledby="title"><header class="es-card__header">`
    + `${doc.kicker ? `<p class="es-card__kicker">${esc(doc.kicker)}</p>` : ''}<h2 class="es-card__title" id="title">${esc(doc.title)}</h2>`
    + `${doc.subtitle ? `<p class="es-card__subtitle">${esc(doc.subtitle)}</p>` : ''}${doc.description ? `<p class="es-card__lede">${esc(doc.description)}</p>` : ''}</header>`
    + `<div class="es-card__summary"><h3 class="es-card__summary-heading">${esc(doc.summaryHeading || 'Executive summary')}</h3>`
    + `<div class="es-card__sections">${sections}</div></div>`
    + `${authors || source ? `<footer class="es-card__footer">${authors ? `<h3>About the authors</h3><ul class="es-card__authors">${authors}</ul>` : ''}${source}</footer>` : ''}</article>\n`;
}

const [outDir, ...files] = process.argv.slice(2);
for (const file of files) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(join(outDir, `${basename(file, '.json')}.html`), card(doc));
}
