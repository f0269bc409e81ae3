// The block in the editor: a text area for the summary (plain text laid out like a report's
// summary, Markdown or JSON), the problems found in it in the command line's words, and the real
// card below, rendered by the loader's ExecSummary.render as the reader will see it, following
// every keystroke. The sidebar sets the card's options. The saved markup (the static card) is
// rendered here too, so that save() only writes it out (save.js).
import { config, loadEngines, readSummary } from './engines.js';
import { ksesSafeJson, parseJsonAttribute } from './kses-json.js';
import { savedCard } from './card-markup.js';
import { hasErrors, importLine, problemLine } from './problems.js';

const { createElement: el, Fragment, useEffect, useRef, useState, useCallback } = wp.element;
const { __, sprintf, _n } = wp.i18n;
const { useBlockProps, InspectorControls } = wp.blockEditor;
const { PanelBody, SelectControl, TextareaControl, Notice, Spinner } = wp.components;
const { useDispatch } = wp.data;

/** The card options the sidebar sets, by block attribute, with the site default's setting name. */
const OPTION_ATTRIBUTES = { theme: 'theme', variant: 'variant', headingLevel: 'heading_level', expanded: '', lang: '' };

/** The options the card is rendered with: the block's, else the site's default (Settings → Executive summary). */
function wantedOptions(attributes) {
  const defaults = config().defaults || {};
  const wanted = {};
  for (const [attribute, setting] of Object.entries(OPTION_ATTRIBUTES)) {
    const value = attributes[attribute] || (setting && defaults[setting]) || '';
    if (value) wanted[attribute] = attribute === 'headingLevel' ? Number(value) : value;
  }
  return wanted;
}

function choices(siteDefault, none, labelled) {
  const label = siteDefault
    /* translators: %s: the value Settings → Executive summary sets for every card. */
    ? sprintf(__('Site default (%s)', 'exec-summary'), labelled.find(([value]) => value === siteDefault)?.[1] ?? siteDefault)
    : none;
  return [{ value: '', label }, ...labelled.map(([value, text]) => ({ value, label: text }))];
}

function Sidebar({ attributes, setAttributes }) {
  const defaults = config().defaults || {};
  const headings = [2, 3, 4, 5, 6].map((level) => [String(level), sprintf(
    /* translators: %d: an HTML heading level, 2 to 6. */
    __('Heading %d', 'exec-summary'), level,
  )]);
  return el(InspectorControls, null, el(PanelBody, { title: __('Card', 'exec-summary') },
    el(SelectControl, {
      label: __('Theme', 'exec-summary'),
      value: attributes.theme,
      options: choices(defaults.theme, __('Default (light)', 'exec-summary'), [
        ['light', __('Light', 'exec-summary')],
        ['dark', __('Dark', 'exec-summary')],
        ['auto', __('Automatic (follows the reader’s light or dark setting)', 'exec-summary')],
        ['sepia', __('Sepia', 'exec-summary')],
        ['high-contrast', __('High contrast', 'exec-summary')],
      ]),
      onChange: (theme) => setAttributes({ theme }),
    }),
    el(SelectControl, {
      label: __('Layout', 'exec-summary'),
      value: attributes.variant,
      options: choices(defaults.variant, __('Default', 'exec-summary'), [['compact', __('Compact (for sidebars and narrow columns)', 'exec-summary')]]),
      onChange: (variant) => setAttributes({ variant }),
    }),
    el(SelectControl, {
      label: __('Title heading level', 'exec-summary'),
      help: __('The card’s title is a heading of this level; its section titles follow it.', 'exec-summary'),
      value: attributes.headingLevel,
      options: choices(defaults.heading_level, __('Default (Heading 2)', 'exec-summary'), headings),
      onChange: (headingLevel) => setAttributes({ headingLevel }),
    }),
    el(SelectControl, {
      label: __('Sections at first', 'exec-summary'),
      value: attributes.expanded,
      options: [
        { value: '', label: __('As the summary says', 'exec-summary') },
        { value: 'all', label: __('All open', 'exec-summary') },
        { value: 'none', label: __('All closed', 'exec-summary') },
      ],
      onChange: (expanded) => setAttributes({ expanded }),
    }),
  ));
}

/** The problems of the text, as the command line words them, and what they mean for the post. */
function Problems({ read, engineError }) {
  if (engineError) {
    return el(Notice, { status: 'error', isDismissible: false },
      /* translators: %s: the browser's error message. */
      sprintf(__('The card could not load in the editor: %s', 'exec-summary'), engineError));
  }
  if (!read) return null;
  const errors = hasErrors(read.problems);
  const lines = [...read.notes.map(importLine), ...read.problems.map(problemLine)];
  if (!lines.length) return null;
  const count = read.problems.filter((problem) => problem.severity !== 'warning').length;
  return el('div', { className: `exec-summary-editor__problems${errors ? ' is-error' : ''}`, role: 'status' },
    el('p', { className: 'exec-summary-editor__verdict' }, errors
      ? sprintf(
        /* translators: %d: number of errors in the summary. */
        _n('%d error: fix it to save the post (a card with errors is never saved).', '%d errors: fix them to save the post (a card with errors is never saved).', count, 'exec-summary'),
        count,
      )
      : __('Readers never see these notes; the card is saved.', 'exec-summary')),
    el('ul', { className: 'exec-summary-editor__problem-list' }, lines.map((line, i) => el('li', { key: i }, el('code', null, line)))));
}

/** The block's editing interface. */
export default function Edit({ attributes, setAttributes, clientId }) {
  const [engines, setEngines] = useState(null);
  const [engineError, setEngineError] = useState('');
  const [read, setRead] = useState(null);
  const [fetching, setFetching] = useState('');
  const preview = useRef(null);
  const shown = useRef({ handle: null, options: '' });
  // The post editor's; the widgets editor has no post to lock.
  const editor = useDispatch('core/editor') || {};
  const lockPostSaving = (name) => editor.lockPostSaving?.(name);
  const unlockPostSaving = (name) => editor.unlockPostSaving?.(name);
  const lockName = `exec-summary/${clientId}`;
  const text = parseJsonAttribute(attributes.source, '');
  const blockProps = useBlockProps({ className: 'exec-summary-editor' });

  useEffect(() => {
    let live = true;
    loadEngines().then((loaded) => live && setEngines(loaded), (error) => live && setEngineError(String(error.message || error)));
    return () => {
      live = false;
      unlockPostSaving(lockName);
    };
  }, []);

  /** Shows `result` in the preview, as soon as it is read: the same frame as the keystroke. */
  const showPreview = useCallback((result, wanted) => {
    const host = preview.current;
    if (!host || !window.ExecSummary) return;
    host.toggleAttribute('data-stale', !result.rendered);
    if (!result.rendered) return; // with errors, the last good card stays, dimmed
    const options = JSON.stringify(wanted);
    const { handle } = shown.current;
    if (handle && shown.current.options === options) {
      handle.update(result.json);
      return;
    }
    shown.current = { options, handle: window.ExecSummary.render(host, result.json, { ...result.options, loading: 'eager' }) };
  }, []);

  /** Reads `nextText` with `nextAttributes`' options; updates the preview and, when `save`, what the block saves. */
  const apply = useCallback((nextText, nextAttributes, save) => {
    if (!engines) {
      if (save) setAttributes(nextAttributes.changed); // read once the modules are there
      return;
    }
    const wanted = wantedOptions(nextAttributes);
    let result;
    try {
      result = readSummary(engines, nextText, wanted, config().lang || '');
    } catch (error) {
      result = { json: '', notes: [], problems: [{ path: '(root)', message: String(error.message || error), severity: 'error' }], rendered: null };
    }
    setRead(result);
    showPreview(result, wanted);
    if (hasErrors(result.problems)) lockPostSaving(lockName);
    else unlockPostSaving(lockName);
    if (!save) return;
    if (result.rendered) {
      setAttributes({
        ...nextAttributes.changed,
        document: ksesSafeJson(JSON.parse(result.json)),
        card: savedCard(result.rendered.html, result.options),
      });
    } else if (!nextText.trim()) {
      setAttributes({ ...nextAttributes.changed, document: '', card: '' });
    } else {
      setAttributes(nextAttributes.changed); // errors: the last card saved stays, and saving is locked
    }
  }, [engines]);

  // Once the modules are there: show what the block holds, without changing it.
  useEffect(() => {
    if (engines) apply(text, attributes, false);
  }, [engines]);

  // A block made from a shortcode loads its document from the shortcode's src.
  useEffect(() => {
    if (!engines || !attributes.src || text) return;
    let live = true;
    const url = new URL(attributes.src, config().home || window.location.href).href;
    setFetching(url);
    fetch(url, { credentials: 'omit' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((loaded) => {
        if (!live) return;
        setFetching('');
        apply(loaded, { ...attributes, changed: { source: ksesSafeJson(loaded) } }, true);
      }, (error) => {
        if (!live) return;
        setFetching('');
        /* translators: 1: a URL, 2: the error. */
        setEngineError(sprintf(__('could not load %1$s (%2$s)', 'exec-summary'), url, error.message));
      });
    return () => {
      live = false;
    };
  }, [engines, attributes.src]);

  const onText = (nextText) => {
    // Edited, the card no longer shows the document at the shortcode's src.
    apply(nextText, { ...attributes, changed: { source: ksesSafeJson(nextText), src: '' } }, true);
  };
  const setOption = (changed) => apply(text, { ...attributes, ...changed, changed }, true);

  return el(Fragment, null,
    el(Sidebar, { attributes, setAttributes: setOption }),
    el('div', blockProps,
      el(TextareaControl, {
        className: 'exec-summary-editor__source',
        label: __('Executive summary', 'exec-summary'),
        help: __('Paste the summary: plain text laid out like a report’s (title, subtitle, lede, then sections under headings such as MAIN ARGUMENT, then the authors), Markdown, or JSON.', 'exec-summary'),
        value: text,
        rows: text ? 8 : 4,
        onChange: onText,
      }),
      !engines && !engineError ? el('p', { className: 'exec-summary-editor__loading' }, el(Spinner), __('Loading the card…', 'exec-summary')) : null,
      fetching ? el('p', { className: 'exec-summary-editor__loading' }, el(Spinner),
        /* translators: %s: a URL. */
        sprintf(__('Loading the summary from %s…', 'exec-summary'), fetching)) : null,
      el(Problems, { read, engineError }),
      el('div', { className: 'exec-summary-editor__preview', ref: preview, 'aria-label': __('Preview of the card', 'exec-summary'), role: 'region' }),
    ));
}
