// Assistive technology is told the card's structure: a region landmark named by the title,
// headings at the right levels, the "Expand all" button, a status live region, and each section
// as a disclosure control named by its title whose expanded state follows the reader's actions.
// The error card is an alert.
//
// Playwright's ariaSnapshot() computes ARIA roles itself and gives <summary> none, so a section
// shows there as a `group` holding its heading, with its content present only while open; the
// expanded state itself is read from Chromium's own accessibility tree, where a summary is a
// DisclosureTriangle with `expanded`.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { accessibleState } from './support.mjs';
import { HOST, cardUrl, eventually, fullDocument, openCard, startCardServer } from './theme-support.mjs';

let server;
let url;
let browser;
let page;

const SECTIONS = [
  ['main-argument', 'Main argument'],
  ['findings', 'Findings'],
  ['policy-implications', 'Policy implications'],
];

const snapshot = () => page.locator(`${HOST} .es-card`).ariaSnapshot();
const expandedStates = async () => {
  const states = [];
  for (const [id] of SECTIONS) states.push((await accessibleState(page, `#${id} > summary`)).expanded);
  return states;
};

before(async () => {
  ({ server, url } = await startCardServer({
    doc: fullDocument(),
    invalid: { version: 1, title: '', sections: [] },
  }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('the card is a region named by its title, with its headings, button and live region', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const tree = await snapshot();
  const outline = tree.split('\n').filter((line) => /^\s*- (region|heading|button|status|group)\b/.test(line));
  assert.deepEqual(outline.map((line) => line.trimEnd()), [
    '- region "Cooling Cities Before the Next Heatwave":',
    '  - heading "Cooling Cities Before the Next Heatwave" [level=2]',
    '  - heading "Executive summary" [level=3]',
    '  - button "Expand all"',
    '  - status',
    '  - group:',
    '    - heading "Main argument" [level=4]',
    '  - group:',
    '    - heading "Findings" [level=4]',
    '  - group:',
    '    - heading "Policy implications" [level=4]',
    '  - heading "About the authors" [level=3]',
  ]);
});

test('each section summary is a disclosure control with its name and expanded state', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  for (const [id, title] of SECTIONS) {
    const state = await accessibleState(page, `#${id} > summary`);
    assert.deepEqual(state, {
      role: 'DisclosureTriangle',
      name: title,
      expanded: id === 'main-argument',
      focusable: true,
    });
  }
});

test('the expanded state follows clicks, the keyboard and "Expand all"', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await page.locator(`${HOST} #findings > summary`).click();
  await eventually(expandedStates, [true, true, false], 'a click opens Findings');
  await page.locator(`${HOST} #main-argument > summary`).focus();
  await page.keyboard.press('Space');
  await eventually(expandedStates, [false, true, false], 'Space closes Main argument');
  await page.locator(`${HOST} .es-card__toggle-all`).click();
  await eventually(expandedStates, [true, true, true], 'Expand all opens everything');
  await eventually(
    async () => (await accessibleState(page, '.es-card__toggle-all')).name,
    'Collapse all',
    'the button is renamed',
  );
});

test('the snapshot shows a section\'s content only while it is open', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const findings = page.locator(`${HOST} #findings`);
  assert.doesNotMatch(await findings.ariaSnapshot(), /listitem/);
  await page.locator(`${HOST} #findings > summary`).click();
  await eventually(
    async () => /- listitem: Cooling centres work when people know where they are\./.test(await findings.ariaSnapshot()),
    true,
    'the open section\'s list is exposed',
  );
});

test('the heading levels follow data-heading-level', async () => {
  await openCard(page, cardUrl(url, 'doc', { headingLevel: '4' }));
  const levels = (await snapshot()).match(/\[level=\d\]/g);
  assert.deepEqual(levels, ['[level=4]', '[level=5]', '[level=6]', '[level=6]', '[level=6]', '[level=5]']);
});

test('the error card is announced as an alert', async () => {
  await openCard(page, cardUrl(url, 'invalid'), 'error');
  const tree = await page.locator(`${HOST} .es-card--error`).ariaSnapshot();
  assert.match(tree, /^- alert:/);
  assert.match(tree, /This summary could not be shown/);
});
