// Types of the exec-summary loader (pkg/exec-summary.js). Importing the module mounts every
// `.exec-summary` host already on the page; call scan() for hosts added later.

/**
 * Mounts every `.exec-summary` host under `root` that is not mounted yet. Each host reads
 * `data-src` (URL of the summary JSON), `data-heading-level` (2–6, default 2) and `data-timeout`
 * (milliseconds, default 10000). Resolves when every host shows its card or its error card.
 */
export function scan(root?: ParentNode): Promise<void[]>;
