// exec-summary/eleventy: an Eleventy (v3) plugin. `eleventyConfig.addPlugin(execSummary)` adds the
// shortcode `execSummary`, which writes a document's card as static HTML that the browser bundle
// upgrades in place (`exec-summary render --embed-data`, by exec-summary/server); copies the
// browser bundle into the site's output; and puts its stylesheet and loader on each page that
// has a card, once. A document that is not valid fails the build, naming it and every problem,
// so no broken card is ever published.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { render } from '../server/index.js';
import { HOST, STATIC_HOST } from '../generated/hooks.js';

/** The files of pkg/ a reader's page loads, copied into the site. */
const BROWSER_FILES = ['exec-summary.js', 'exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css'];

/** How every static card's host begins (src/render/marker.rs, server/static-card.js). */
const MARKER = `<div class="${HOST}" ${STATIC_HOST}`;

/** A problem as `exec-summary validate` prints it. */
const line = ({ path, message, severity }) => `${severity === 'warning' ? 'warning: ' : ''}${path}: ${message}`;

/** Text for an attribute value in double quotes. */
const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The plugin. Options: `dir`, the folder of the site's output the browser bundle is copied to
 * and served from (default `exec-summary`, under the site's path prefix); `options`, the card
 * options every card starts from (each shortcode's own options win).
 */
export default function execSummary(eleventyConfig, { dir = 'exec-summary', options: defaults = {} } = {}) {
  eleventyConfig.versionCheck?.('>=3.0');

  /**
   * `{% execSummary "summaries/report.json", { theme: "dark" } %}`: `source` is a JSON file's path
   * from the project's folder, or the document itself (an object, e.g. from the data cascade).
   */
  eleventyConfig.addShortcode('execSummary', function execSummaryShortcode(source, options = {}) {
    let document = source;
    let name = `the summary given to execSummary on ${this?.page?.inputPath ?? 'a page'}`;
    if (typeof source === 'string') {
      name = source;
      try {
        document = readFileSync(resolve(source), 'utf8');
      } catch (error) {
        throw new Error(`exec-summary: cannot read ${source}: ${error.message}`);
      }
    }
    const rendered = render(document, { embedData: true, ...defaults, ...options });
    if (!rendered.ok) {
      throw new Error(`exec-summary: ${name} is not a valid summary:\n${rendered.problems.map(line).join('\n')}`);
    }
    for (const problem of rendered.problems) console.warn(`exec-summary: ${name}: ${line(problem)}`);
    return rendered.html;
  });

  // Once per page with a card: the stylesheet (a card reads well without JavaScript) and the
  // loader, which makes every card on the page interactive in place.
  eleventyConfig.addTransform('exec-summary', function addLoader(content) {
    const output = this?.page?.outputPath;
    if (typeof content !== 'string' || typeof output !== 'string' || !output.endsWith('.html') || !content.includes(MARKER)) {
      return content;
    }
    const url = eleventyConfig.getFilter?.('url') ?? ((path) => path);
    const base = url(`/${dir.replace(/^\/+|\/+$/g, '')}/`);
    const css = attribute(`${base}exec-summary.css`);
    const script = attribute(`${base}exec-summary.js`);
    let tags = '';
    if (!content.includes(`href="${css}"`)) tags += `<link rel="stylesheet" href="${css}">\n`;
    if (!content.includes(`src="${script}"`)) tags += `<script src="${script}" defer></script>\n`;
    if (!tags) return content;
    const head = content.search(/<\/head>/i);
    const at = head >= 0 ? head : content.indexOf(MARKER);
    return content.slice(0, at) + tags + content.slice(at);
  });

  eleventyConfig.on('eleventy.after', async ({ directories, dir: legacy }) => {
    const target = join(directories?.output ?? legacy.output, dir);
    await mkdir(target, { recursive: true });
    await Promise.all(BROWSER_FILES.map((file) => copyFile(new URL(`../${file}`, import.meta.url), join(target, file))));
  });
}
