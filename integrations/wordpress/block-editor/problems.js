// A document's problems as the block lists them: in the command line's words
// (`exec-summary validate` prints `path: message`, and `warning: path: message` for a warning).

/** One problem `{ path, message, severity }` as the CLI prints it. */
export function problemLine({ path, message, severity }) {
  return `${severity === 'warning' ? 'warning: ' : ''}${path}: ${message}`;
}

/** Whether any of `problems` keeps the card from rendering. */
export const hasErrors = (problems) => problems.some((problem) => problem.severity !== 'warning');

/** The importer's notes on the pasted text (`{ line, message }`), as the playground words them. */
export function importLine({ line, message }) {
  return line ? `line ${line}: ${message}` : message;
}
