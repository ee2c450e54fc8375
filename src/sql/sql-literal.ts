/**
 * A single-quoted SQL string holding `text` (every `'` doubled): the form Arroyo's
 * `pull_opt_str` reads.
 *
 * @example
 * ```ts
 * sqlString("it's"); // "'it''s'"
 * ```
 */
export function sqlString(text: string): string {
  return `'${sqlStringBody(text)}'`;
}

/**
 * What goes between the quotes of {@link sqlString}: `text` with every `'` doubled, the
 * same string when it has none (for a caller that writes the quotes around it itself).
 *
 * @example
 * ```ts
 * sqlStringBody("it's"); // "it''s"
 * ```
 */
export function sqlStringBody(text: string): string {
  return text.includes("'") ? text.replaceAll("'", "''") : text;
}

/**
 * A double-quoted SQL identifier (every `"` doubled): a column name as Arroyo's
 * `pull_opt_field` reads it, whatever its case or spelling, keywords included.
 *
 * @example
 * ```ts
 * sqlIdentifier('datetime'); // '"datetime"'
 * ```
 */
export function sqlIdentifier(name: string): string {
  return `"${name.includes('"') ? name.replaceAll('"', '""') : name}"`;
}

/**
 * An interval literal, `INTERVAL '…'`, from its text (`'5 seconds'`, `'1 hour 30 minutes'`,
 * `'5 SECOND'`): the form Arroyo's `pull_opt_duration` reads.
 *
 * @example
 * ```ts
 * sqlInterval('1 hour 30 minutes'); // "INTERVAL '1 hour 30 minutes'"
 * ```
 */
export function sqlInterval(text: string): string {
  return `INTERVAL ${sqlString(text)}`;
}

/**
 * An array literal of SQL values already written as SQL: the form Arroyo's
 * `pull_opt_array` reads.
 *
 * @example
 * ```ts
 * sqlArray(['type', 'app_version'].map(sqlIdentifier)); // '["type", "app_version"]'
 * ```
 */
export function sqlArray(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}
