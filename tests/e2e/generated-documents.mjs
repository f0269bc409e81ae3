// Shared by the end-to-end tests (not a test file itself): a small deterministic generator of
// valid summary documents that reach every part of the card — inline markup and links (allowed
// and refused schemes, escapes, nesting), bidi text and controls, CJK without spaces, emoji and
// combining marks, many sections, authors whose bio starts with their name, and source lines.

/** mulberry32: a tiny seeded PRNG, so every run generates the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = ['policy', 'markets', 'cooperation', 'the', 'energy', 'of', 'growth', 'and', 'risk', 'data',
  'cities', 'heat', 'water', 'security', 'trade', 'report', 'finds', 'that', 'costs', 'fell'];
const PHRASES = [
  'التعاون الإقليمي في مجال المياه', // Arabic
  'שיתוף פעולה אזורי', // Hebrew
  '中俄关系在过去三十年中稳步发展', // Chinese, no spaces
  '農村の高齢者介護は地域によって異なる', // Japanese
  'Сотрудничество России и Китая', // Cyrillic
  'naïve café — déjà vu', // Latin with diacritics
  'e\u0301te\u0301 composé', // combining acute accents
  '👩‍🔬 research 🇺🇳 flags 👍🏽', // emoji: ZWJ sequence, flag, skin tone
  'a\u200bzero\u200bwidth\u00a0nbsp', // zero-width space, no-break space
  '\u202eevil reversed\u202c after', // right-to-left override, closed
  '\u2067isolated RTL\u2069 after', // right-to-left isolate, closed
  '\u202eunclosed override', // right-to-left override left open
  'x < y && y > z "quoted" \'single\'', // HTML-special characters
  '<b>not bold</b> <script>alert(1)</script>', // markup that must stay text
  'tab\there and a line\nbreak', // whitespace inside text
  '2 * 3 and a lone [bracket and \\*escaped\\*', // literal markup characters
];
const LINKS = [
  'https://example.org/report?a=1&b=2#part', 'http://example.org/', 'mailto:team@example.org',
  '/relative/path', 'page.html#frag', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x',
  ' javascript:alert(1)', 'java\tscript:alert(1)', 'https://例子.测试/路径',
];
const LANGS = [['en', 'ltr'], ['ar', 'rtl'], ['he', 'rtl'], ['zh', null], ['ja', null], ['ru', 'auto'], ['fr', null], ['de', 'ltr']];

/** `count` documents; the same `seed` always gives the same ones. */
export function generateDocuments(count, seed = 1) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => random() < p;
  const words = (n) => Array.from({ length: n }, () => pick(LATIN)).join(' ');
  const plain = () => (chance(0.35) ? pick(PHRASES) : words(2 + int(6)));
  /** Text with inline markup: emphasis, strong, links (any scheme), nesting and escapes. */
  const rich = () => {
    const parts = [];
    for (let i = 0, n = 1 + int(4); i < n; i += 1) {
      switch (int(7)) {
        case 0: parts.push(`*${plain()}*`); break;
        case 1: parts.push(`**${plain()}**`); break;
        case 2: parts.push(`[${plain()}](${pick(LINKS)})`); break;
        case 3: parts.push(`**bold *and emphasis* inside**`); break;
        case 4: parts.push(`[**strong** label](${pick(LINKS)})`); break;
        default: parts.push(plain());
      }
    }
    return parts.join(chance(0.2) ? '' : ' ');
  };
  const date = () => [`${2000 + int(25)}`, `${2000 + int(25)}-0${1 + int(9)}`, `${2000 + int(25)}-0${1 + int(9)}-1${int(10)}`][int(3)];

  const documents = [];
  for (let d = 0; d < count; d += 1) {
    const [lang, dir] = pick(LANGS);
    const doc = { version: 1, lang, title: `${plain()} ${d}` };
    if (dir) doc.dir = dir;
    if (chance(0.3)) doc.type = pick(['Report', 'ScholarlyArticle']);
    if (chance(0.5)) doc.kicker = plain();
    if (chance(0.5)) doc.subtitle = plain();
    if (chance(0.7)) doc.description = rich();
    if (chance(0.3)) doc.summaryHeading = plain();
    // Mostly a few sections; now and then many (up to the limit of 50).
    const sectionCount = d % 7 === 3 ? 20 + int(31) : 1 + int(5);
    doc.sections = Array.from({ length: sectionCount }, (_, s) => {
      const section = { title: `${plain()} ${s}` };
      if (chance(0.5)) section.id = `s${s}-${pick(LATIN)}`;
      if (chance(0.8)) section.paragraphs = Array.from({ length: 1 + int(3) }, rich);
      if (!section.paragraphs || chance(0.5)) section.items = Array.from({ length: 1 + int(4) }, rich);
      if (chance(0.4)) section.expanded = chance(0.7);
      return section;
    });
    if (chance(0.7)) {
      doc.authors = Array.from({ length: 1 + int(4) }, () => {
        const name = pick(['Ma Bin', 'Dana Okafor', '王丽华', 'أحمد علي', 'Ann', 'Anna Lee', 'José Núñez']);
        const author = { name };
        const bio = int(4);
        if (bio === 1) author.bio = `${name} ${rich()}`; // starts with the name: shown once
        if (bio === 2) author.bio = `${name}${pick(['是研究员。', 'na is someone else.', ', a fellow.'])}`;
        if (bio === 3) author.bio = rich();
        if (chance(0.4)) author.url = pick(['https://example.org/people/x', 'mailto:x@example.org', '/people/y']);
        return author;
      });
    }
    if (chance(0.6)) {
      const source = {};
      if (chance(0.7)) source.title = plain();
      if (chance(0.6)) source.publisher = plain();
      if (chance(0.6)) source.date = date();
      if (chance(0.5)) source.url = pick(['https://example.org/source', 'http://example.org/a?b=c&d=e']);
      if (chance(0.4)) source.doi = `10.${1000 + int(9000)}/example.${d}`;
      if (Object.keys(source).length) doc.source = source;
    }
    documents.push(doc);
  }
  return documents;
}
