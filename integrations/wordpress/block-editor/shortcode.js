// The block and the [exec_summary] shortcode (includes/shortcode.php) as each other: the
// shortcode's attributes become the block's (the block then loads the document from `src`), and
// a block that still shows the document at its `src` becomes the shortcode again.

/** Block attribute → shortcode attribute, for the card's options both take. */
const OPTIONS = { theme: 'theme', variant: 'variant', headingLevel: 'heading_level', expanded: 'expanded', lang: 'lang' };

/** The block's attributes from a shortcode's named attributes (values are checked where used). */
export function attributesFromShortcode(named = {}) {
  const attributes = { src: typeof named.src === 'string' ? named.src.trim() : '' };
  for (const [attribute, name] of Object.entries(OPTIONS)) {
    if (typeof named[name] === 'string' && named[name].trim() && named[name] !== 'default') attributes[attribute] = named[name].trim();
  }
  return attributes;
}

/** The shortcode of a block's `src` and options; a value that would end the attribute is left out. */
export function shortcodeText(attributes) {
  const parts = ['exec_summary'];
  const add = (name, value) => {
    if (typeof value === 'string' && value && !/["\[\]\s]/.test(value)) parts.push(`${name}="${value}"`);
  };
  add('src', attributes.src);
  for (const [attribute, name] of Object.entries(OPTIONS)) add(name, attributes[attribute]);
  return `[${parts.join(' ')}]`;
}
