// What a thrown value says, for a problem: the server entry reads what a caller hands it, and a
// getter or a proxy in it may throw anything, even a value whose own conversion to text throws.

/** The message of `error`, or its text, or a placeholder when neither can be had. */
export function describeThrown(error) {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an exception that cannot be shown';
  }
}
