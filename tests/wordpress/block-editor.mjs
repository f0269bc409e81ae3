// Shared by the WordPress tests that drive the block editor (not a test file itself): what an
// author does in WordPress 6.1's editor, through its accessible names.
import { readFileSync } from 'node:fs';

/** The seed text (a report's summary as plain text, laid out as the importer reads it; tests/fixtures/seed.txt). */
export const SEED_TEXT = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

/** Opens a new post in the block editor as the logged-in user of `context`, titled `title`. */
export async function newPost(context, site, title) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(String(error)));
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.getByRole('textbox', { name: 'Add title' }).fill(title);
  return page;
}

/** Inserts the "Executive summary" block through the inserter, found by `search`; resolves to its text area. */
export async function insertSummaryBlock(page, search = 'summary') {
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByPlaceholder('Search').fill(search);
  await page.getByRole('option', { name: 'Executive summary' }).click();
  return summaryText(page);
}

/** The text area of the (first) summary block. */
export const summaryText = (page) => page.locator('.exec-summary-editor').first().getByRole('textbox', { name: 'Executive summary' });

/** The preview of the (first) summary block: the host ExecSummary.render drew the card in. */
export const preview = (page) => page.locator('.exec-summary-editor__preview').first();

/** Waits for the preview to show a card titled `title`. */
export async function waitForPreview(page, title) {
  try {
    await preview(page).getByRole('heading', { name: title }).first().waitFor({ timeout: 30000 });
  } catch (error) {
    const block = await page.locator('.exec-summary-editor').first().innerText().catch(() => '(no block)');
    error.message += `\nthe block shows:\n${block}\npage errors: ${page.problems?.join('\n')}`;
    throw error;
  }
}

/** Publishes the post being edited; resolves to its URL. */
export async function publish(page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
  const view = page.locator('.post-publish-panel__postpublish-header a').first();
  await view.waitFor({ timeout: 20000 });
  return view.getAttribute('href');
}

/** Opens the block's settings in the sidebar (the block must be selected). */
export async function openBlockSettings(page) {
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  await page.getByRole('tab', { name: 'Block' }).click().catch(() => {});
}

/** The stored post_content and status of post `id`. */
export const storedPost = (site, id) => site.php(`$post = get_post( ${Number(id)} ); return array( 'content' => $post->post_content, 'status' => $post->post_status, 'author' => get_userdata( $post->post_author )->user_login );`);

/** The post id in a post's URL (?p=ID) or from the editor's URL (post=ID). */
export const postId = (url) => Number(new URL(url).searchParams.get('p') ?? new URL(url).searchParams.get('post'));
