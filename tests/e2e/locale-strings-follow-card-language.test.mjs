// The card's own words come from a locale table chosen by the card's language (the document's
// `lang`, or the host's data-lang): English, Chinese (Simplified), Russian, French, Spanish,
// German and Arabic, by primary subtag. Source dates are written as that language writes them
// (checked against Chromium's Intl.DateTimeFormat for every month), Chinese gets CJK line
// breaking and fonts, and words the table lacks fall back to English marked lang="en".
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, cardUrl, eventually, fullDocument, openCard, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** What each locale must say: [summary heading, expand, collapse, expanded, collapsed, authors, "Source" + colon]. */
const LOCALES = {
  en: ['Executive summary', 'Expand all', 'Collapse all', 'All sections expanded', 'All sections collapsed', 'About the authors', 'Source: '],
  'zh-Hans': ['执行摘要', '全部展开', '全部收起', '已展开所有部分', '已收起所有部分', '关于作者', '来源：'],
  ru: ['Краткое изложение', 'Развернуть все', 'Свернуть все', 'Все разделы развёрнуты', 'Все разделы свёрнуты', 'Об авторах', 'Источник: '],
  fr: ['Synthèse', 'Tout déplier', 'Tout replier', 'Toutes les sections sont dépliées', 'Toutes les sections sont repliées', 'À propos des auteurs', 'Source\u202f: '],
  es: ['Resumen ejecutivo', 'Expandir todo', 'Contraer todo', 'Todas las secciones expandidas', 'Todas las secciones contraídas', 'Sobre los autores', 'Fuente: '],
  de: ['Zusammenfassung', 'Alle ausklappen', 'Alle einklappen', 'Alle Abschnitte ausgeklappt', 'Alle Abschnitte eingeklappt', 'Über die Autoren', 'Quelle: '],
  ar: ['الملخص التنفيذي', 'توسيع الكل', 'طي الكل', 'تم توسيع جميع الأقسام', 'تم طي جميع الأقسام', 'نبذة عن المؤلفين', 'المصدر: '],
};

/** A document in `lang` without its own summary heading, so the locale's is shown. */
function localDocument(lang) {
  const doc = fullDocument({ lang });
  delete doc.summaryHeading;
  return doc;
}

const text = (selector) => page.locator(`${HOST} ${selector}`).evaluate((el) => el.textContent);

before(async () => {
  const documents = { doc: fullDocument(), invalid: { version: 1, title: '', sections: [] } };
  for (const lang of Object.keys(LOCALES)) documents[lang] = localDocument(lang);
  documents.he = fullDocument({ lang: 'he', title: 'ערים קרירות', summaryHeading: 'תקציר' });
  ({ server, url } = await startCardServer(documents));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

for (const [lang, [summary, expand, collapse, expanded, collapsed, authors, source]] of Object.entries(LOCALES)) {
  test(`${lang}: the card's own words and date are in ${lang}`, async () => {
    await openCard(page, cardUrl(url, lang));
    assert.equal(await text('.es-card__summary-heading'), summary);
    assert.equal(await text('.es-card__toggle-all'), expand);
    assert.equal(await text('.es-card__footer-heading'), authors);
    assert.equal(await text('.es-source__label'), source);
    const intl = await page.evaluate((tag) => new Intl.DateTimeFormat(tag, {
      year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC',
    }).format(Date.UTC(2024, 8, 2)), lang);
    assert.equal(await text('.es-source__date'), intl, 'the date as Intl.DateTimeFormat writes it');
    assert.equal(await page.locator(`${HOST} .es-source__date`).getAttribute('datetime'), '2024-09-02');

    await page.locator(`${HOST} .es-card__toggle-all`).click();
    await eventually(() => text('.es-card__toggle-all'), collapse, 'label once all are open');
    await eventually(() => text('.es-card__status'), expanded, 'announcement after expanding');
    await page.locator(`${HOST} .es-card__toggle-all`).click();
    await eventually(() => text('.es-card__status'), collapsed, 'announcement after collapsing');
    // Strings from the table are in the content's language: no lang attribute of their own.
    assert.equal(await page.locator(`${HOST} .es-card__toggle-all`).getAttribute('lang'), null);
  });
}

test('dates match Intl.DateTimeFormat in every locale, for every month and precision', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const mismatches = await page.evaluate(async (langs) => {
    const wrong = [];
    const hosts = [];
    for (const lang of langs) {
      for (let month = 1; month <= 12; month += 1) {
        const mm = String(month).padStart(2, '0');
        for (const [iso, options] of [
          [`2023-${mm}-${month + 9}`, { year: 'numeric', month: 'long', day: 'numeric' }],
          [`2023-${mm}`, { year: 'numeric', month: 'long' }],
          ['1999', { year: 'numeric' }],
        ]) {
          const host = document.createElement('div');
          document.body.append(host);
          const [y, m = 1, d = 1] = iso.split('-').map(Number);
          const expected = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
          const data = { version: 1, lang, title: 'T', sections: [{ title: 'S', items: ['i'] }], source: { date: iso } };
          hosts.push([host, lang, iso, expected, window.ExecSummary.render(host, data).ready]);
        }
      }
    }
    for (const [host, lang, iso, expected, ready] of hosts) {
      await ready;
      const shown = host.shadowRoot.querySelector('.es-source__date')?.textContent;
      if (shown !== expected) wrong.push(`${lang} ${iso}: card "${shown}", Intl "${expected}"`);
      host.remove();
    }
    return wrong;
  }, Object.keys(LOCALES).concat(['en-GB', 'fr-CA', 'de-AT']));
  assert.deepEqual(mismatches, []);
});

test('the host\'s data-lang chooses the words for the card', async () => {
  await openCard(page, cardUrl(url, 'doc', { lang: 'de' }));
  assert.equal(await text('.es-card__toggle-all'), 'Alle ausklappen');
  assert.equal(await text('.es-source__label'), 'Quelle: ');
  assert.equal(await text('.es-source__date'), '2. September 2024');
});

test('the error card speaks the host\'s language', async () => {
  await openCard(page, cardUrl(url, 'invalid', { lang: 'fr' }), 'error');
  assert.equal(await text('.es-error__title'), 'Impossible d’afficher ce résumé');
  // The problems themselves come from the validator, in English, and say so.
  assert.equal(await page.locator(`${HOST} .es-error__list`).getAttribute('lang'), 'en');
});

test('a language without a table gets English words marked lang="en"', async () => {
  await openCard(page, cardUrl(url, 'he'));
  const toggle = page.locator(`${HOST} .es-card__toggle-all`);
  assert.equal(await text('.es-card__toggle-all'), 'Expand all');
  assert.equal(await toggle.getAttribute('lang'), 'en');
  assert.equal(await page.locator(`${HOST} .es-card__footer-heading`).getAttribute('lang'), 'en');
  assert.equal(await text('.es-card__summary-heading'), 'תקציר', 'the document\'s own heading is kept');
});

test('Chinese text breaks lines by CJK rules and uses CJK fonts', async () => {
  await openCard(page, cardUrl(url, 'zh-Hans'));
  const style = await page.locator(`${HOST} .es-section__paragraph`).first().evaluate((p) => {
    const s = getComputedStyle(p);
    return { lineBreak: s.lineBreak, wordBreak: s.wordBreak, fontFamily: s.fontFamily, lineHeight: s.lineHeight };
  });
  assert.equal(style.lineBreak, 'strict');
  assert.equal(style.wordBreak, 'normal');
  assert.match(style.fontFamily, /PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
  const subtitle = await page.locator(`${HOST} .es-card__subtitle`).evaluate((el) => getComputedStyle(el).fontStyle);
  assert.equal(subtitle, 'normal', 'no fake italics for Han characters');
});

test('Arabic labels are not letter-spaced, which would break joined letters', async () => {
  await openCard(page, cardUrl(url, 'ar'));
  const spacing = await page.locator(`${HOST} .es-card__summary-heading`).evaluate((el) => getComputedStyle(el).letterSpacing);
  assert.ok(spacing === 'normal' || parseFloat(spacing) === 0, `letter-spacing is ${spacing}`);
  assert.equal(await text('.es-source__date'), '2 سبتمبر 2024');
  assert.match(await text('.es-source'), /Cooling Cities، Example Institute، 2 سبتمبر 2024، doi:/, 'Arabic commas');
});
