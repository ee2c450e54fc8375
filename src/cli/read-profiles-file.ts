import type { ProfileDefinition } from '../index.js';
import { readInput, readJson } from './cli-io.js';
import { asBody } from './profile-body.js';
import { UsageError } from './usage-error.js';

/** Line and column (1-based) of an offset in a text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses YAML text; a syntax error names the file, line and column and why, never
 * quoting the text (it may hold secrets). An unquoted `{{ NAME }}` template (a YAML flow
 * mapping) is refused with a hint to quote it.
 */
async function parseYaml(text: string, file: string): Promise<unknown> {
  // Loaded when a YAML file is first read: only `profiles apply` needs it.
  const { isMap, isPair, parseDocument, visit } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const { line, column } = positionOf(text, error.pos[0]);
    const reason = error.code === 'MULTIPLE_DOCS' ? 'it holds more than one YAML document' : error.message;
    throw new UsageError(`${file}:${line}:${column}: not valid YAML (${reason})`);
  }
  let template: number | undefined;
  visit(doc, {
    Pair: (_, pair) => {
      if (isPair(pair) && isMap(pair.key) && template === undefined) template = pair.key.range?.[0] ?? 0;
    },
  });
  if (template !== undefined) {
    const { line, column } = positionOf(text, template);
    throw new UsageError(`${file}:${line}:${column}: a mapping as a key: quote a {{ NAME }} template in YAML ('{{ NAME }}')`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * The profile bodies of a file for `profiles apply`: YAML, or JSON (a `.json` file is
 * read as strict JSON), holding a list of bodies or `{profiles: [...]}`. Each body is in
 * our shape or Arroyo's (see {@link asBody}). A syntax error names its line and column.
 *
 * @example
 * ```ts
 * const bodies = await readProfilesFile('profiles.yaml');
 * ```
 */
export async function readProfilesFile(file: string): Promise<ProfileDefinition[]> {
  const read = /\.json$/i.test(file) ? await readJson(file) : await parseYaml(await readInput(file), file);
  const list = Array.isArray(read) ? read : (read as { profiles?: unknown } | null)?.profiles;
  if (!Array.isArray(list)) throw new UsageError(`${file} must hold a list of profile bodies, or {profiles: [...]}`);
  return list.map((body, i) => asBody(body, `${file}[${i}]`));
}
