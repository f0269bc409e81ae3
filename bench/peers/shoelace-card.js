// The Shoelace peer of the benchmark: <sl-summary-card src="x.json"> fetches the same JSON as the
// exec-summary card (identical URLs once per page) and renders its sections with Shoelace's
// <sl-details>, styled by Shoelace's light theme (linked by the page). scripts/bench.mjs bundles
// it with esbuild into bench/tmp/peers/.
import { LitElement, css, html, nothing } from 'lit';
import '@shoelace-style/shoelace/dist/components/details/details.js';

const requests = new Map();

/** The document at `src`, fetched once per URL. */
function load(src) {
  if (!requests.has(src)) requests.set(src, fetch(src).then((response) => response.json()));
  return requests.get(src);
}

class SlSummaryCard extends LitElement {
  static properties = { src: {}, doc: { state: true } };

  static styles = css`
    :host { display: block; font-family: var(--sl-font-sans); color: var(--sl-color-neutral-900); }
    article { border: 1px solid var(--sl-color-neutral-200); border-radius: var(--sl-border-radius-large); padding: var(--sl-spacing-x-large); max-width: 75rem; }
    .kicker { color: var(--sl-color-primary-700); font-size: var(--sl-font-size-small); text-transform: uppercase; margin: 0; }
    h2 { font-size: var(--sl-font-size-2x-large); margin: var(--sl-spacing-2x-small) 0; }
    .subtitle { color: var(--sl-color-neutral-600); margin: 0; }
    h3 { font-size: var(--sl-font-size-small); text-transform: uppercase; letter-spacing: var(--sl-letter-spacing-loose); }
    sl-details { margin-block-end: var(--sl-spacing-small); }
    footer { color: var(--sl-color-neutral-600); font-size: var(--sl-font-size-small); }
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
      ${doc.sections.map((s) => html`<sl-details summary=${s.title} ?open=${s.expanded}>
        ${(s.paragraphs || []).map((p) => html`<p>${p}</p>`)}
        ${s.items && s.items.length ? html`<ul>${s.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      </sl-details>`)}
      ${doc.authors && doc.authors.length ? html`<footer>
        <h3>About the authors</h3>
        ${doc.authors.map((a) => html`<p><strong>${a.name}</strong> ${a.bio || ''}</p>`)}
      </footer>` : nothing}
    </article>`;
  }
}

customElements.define('sl-summary-card', SlSummaryCard);
