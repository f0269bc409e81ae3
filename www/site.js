// The documentation site's shared behaviour: copy buttons. A button with data-copy="ID" copies
// the text of the element with that id (read at click time, so generated snippets stay current);
// buttons are hidden in the markup and shown here, since they need JavaScript to work.

const COPIED_FOR_MS = 2000;

/** Puts `text` on the clipboard; resolves to whether it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or a page not in a secure context: copy through a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

/** The page's polite live region for "Copied" announcements, made on first use. */
function statusRegion() {
  let region = document.getElementById('site-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'site-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

/** Announces `message` to assistive technology. */
export function announce(message) {
  const region = statusRegion();
  region.textContent = '';
  // A fresh text node in a later task is announced even when the message repeats.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** Copies the text `source()` returns and says so on `button` and in the live region. */
export async function copyFrom(button, source) {
  const label = button.dataset.label || button.textContent;
  button.dataset.label = label;
  const ok = await copyText(source());
  button.textContent = ok ? 'Copied' : 'Copy failed';
  announce(ok ? `Copied: ${button.getAttribute('aria-label') || label}`.replace('Copied: Copy ', 'Copied ') : 'Could not copy: select the text and copy it by hand');
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(setTimeout(() => {
    button.textContent = label;
  }, COPIED_FOR_MS));
}

/** Shows and wires every data-copy button under `root`. */
export function enhanceCopyButtons(root = document) {
  for (const button of root.querySelectorAll('button[data-copy]')) {
    if (button.dataset.wired) continue;
    button.dataset.wired = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      const source = document.getElementById(button.dataset.copy);
      copyFrom(button, () => (source ? source.value ?? source.textContent : ''));
    });
  }
}

enhanceCopyButtons();
