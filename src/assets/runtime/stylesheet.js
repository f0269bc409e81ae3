// The card stylesheet: parsed once and adopted by every shadow root, or linked where it cannot be.
import { CSS_PRELOAD, STYLESHEET_REQUEST, takePreload } from '../shared/protocol.js';

let href;
let sheet = null;
let loading;

/** Sets where the stylesheet is (beside the runtime); called once by createRuntime. */
export function locateStylesheet(url) {
  href = url;
}

/** The stylesheet, parsed once (or null: link it instead). */
async function loadSheet() {
  try {
    if (!('adoptedStyleSheets' in Document.prototype)) return null;
    const response = await (takePreload(CSS_PRELOAD) ?? fetch(href, STYLESHEET_REQUEST));
    if (!response.ok) return null;
    const parsed = new CSSStyleSheet();
    parsed.replaceSync(await response.text());
    return parsed;
  } catch {
    return null;
  }
}

/** Resolves once the stylesheet is parsed, or known to be linked instead; never rejects. */
export function loadStylesheet() {
  loading ??= loadSheet().then((loaded) => {
    sheet = loaded;
  });
  return loading;
}

/** Styles a new shadow root: the parsed sheet, else a link to the stylesheet. */
export function styleShadow(shadow) {
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else shadow.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}

/** Links the stylesheet from the document, once, for cards in the light DOM. */
export function styleDocument() {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  }
}
