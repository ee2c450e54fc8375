/**
 * Whether a command line asks for JSON: `--json` among its arguments, before any `--`.
 * Read from the raw arguments, so that an error in parsing the rest is JSON too.
 *
 * @example
 * ```ts
 * wantsJson(['profiles', 'show', 'x', '--json']); // true
 * ```
 */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * JSON as the CLI prints it with `--json`: the REST API's body for the same request
 * (see `src/http/wire-format.ts`), indented for people.
 *
 * @example
 * ```ts
 * io.out(jsonText(pageToWire(page, profileToWire)));
 * ```
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
