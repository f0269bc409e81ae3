// The minimal Lit peer of the benchmark: <lit-summary-card src="x.json"> fetches the same JSON as
// the exec-summary card (identical URLs once per page) and renders the same parts in its shadow
// root: header, sections as native details/summary, authors. No inline markup, locales or
// validation. scripts/bench.mjs bundles it with esbuild into bench/tmp/peers/.
import { LitElement, css, html, nothing } from 'lit';

const requests = new Map();

/** The document at `src`, fetched once per URL. */
function load(src) {
  if (!requests.has(src)) requests.set(src, fetch(src).then((response) => response.json()));
  return requests.get(src);
}

class LitSummaryCard extends LitElement {
  static properties = { src: {}, doc: { state: true } };

  static styles = css`
    :host { display: block; font: 1rem/1.6 system-ui, sans-serif; color: #1c1c1c; }
    article { border: 1px solid #d5d5d5; border-radius: 8px; padding: 1.5rem; max-width: 75rem; }
    .kicker { color: #8a1538; font-size: 0.8rem; text-transform: uppercase; margin: 0; }
    h2 { font: 700 1.8rem/1.2 Georgia, serif; margin: 0.25rem 0; }
    .subtitle { color: #555; margin: 0; }
    h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; border-top: 2px solid #8a1538; padding-top: 0.5rem; }
    details { border-bottom: 1px solid #e2e2e2; }
    summary { cursor: pointer; padding: 0.6rem 0; }
    h4 { display: inline; font-size: 1.1rem; margin: 0; }
    footer { color: #555; font-size: 0.9rem; }
  `;

  connectedCallback() {
    super.connectedCallback();
    if (this.src) load(this.src).then((doc) => { this.doc = doc; });
  }

  render() {
    const doc = this.doc;
    if (!doc) return nothing;
    return html`<article>
      <header>
        ${doc.kicker ? html`<p class="kicker">${doc.kicker}</p>` : nothing}
        <h2>${doc.title}</h2>
        ${doc.subtitle ? html`<p class="subtitle">${doc.subtitle}</p>` : nothing}
        ${doc.description ? html`<p>${doc.description}</p>` : nothing}
      </header>
      <h3>${doc.summaryHeading || 'Executive summary'}</h3>
      ${doc.sections.map((s) => html`<details ?open=${s.expanded}>
        <summary><h4>${s.title}</h4></summary>
        ${(s.paragraphs || []).map((p) => html`<p>${p}</p>`)}
        ${s.items && s.items.length ? html`<ul>${s.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      </details>`)}
      ${doc.authors && doc.authors.length ? html`<footer>
        <h3>About the authors</h3>
        ${doc.authors.map((a) => html`<p><strong>${a.name}</strong> ${a.bio || ''}</p>`)}
      </footer>` : nothing}
    </article>`;
  }
}

customElements.define('lit-summary-card', LitSummaryCard);
