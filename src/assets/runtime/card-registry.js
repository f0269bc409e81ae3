/**
 * The card shown in each host: host → { root, container, listeners, ok, problems, options,
 * apiOptions, label, away, upgraded }. One runtime per page: the loader creates it once.
 */
export const cards = new Map();
