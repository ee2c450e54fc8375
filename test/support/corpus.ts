import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Diagnostic, ProfileDefinition, Warning } from '../../src/index.js';

export interface CorpusCase {
  file: string;
  name: string;
  about?: string;
  sql: string;
  profiles: ProfileDefinition[];
  env: Record<string, string>;
  show_secrets?: boolean;
  /** Resolve with this `secrets` mode (`--secrets` on the CLI). */
  secrets?: 'redact' | 'template';
  roundtrip?: boolean;
  expect: {
    tables: Array<Record<string, unknown>>;
    errors: Array<{ code: string; key?: string; suggestion?: string; line?: number; message_contains?: string }>;
    passthrough?: number;
    not_in_output?: string;
    /** When given, the warnings' codes (and lines, where given), in order. */
    warnings?: Array<{ code: string; line?: number }>;
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's own conformance cases, which every clone has. */
export const OWN_CORPUS = join(root, 'test', 'corpus');

/**
 * Shared conformance cases kept beside the repository (`../shared/corpus`), when that
 * folder is there: they add cases, and a bare clone runs without them. `DDL_PROFILES_CORPUS`
 * names another such folder (empty: none).
 */
export const EXTRA_CORPUS = process.env.DDL_PROFILES_CORPUS ?? join(root, '..', 'shared', 'corpus');

/** The project's own cases (test/corpus), then those of the extra folder when it exists. */
export function loadCorpus(): CorpusCase[] {
  const folders = [OWN_CORPUS, ...(EXTRA_CORPUS !== '' && existsSync(EXTRA_CORPUS) ? [EXTRA_CORPUS] : [])];
  const cases = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: join(folder, f), ...JSON.parse(readFileSync(join(folder, f), 'utf8')) }) as CorpusCase),
  );
  return cases.map((c) => ({ ...c, profiles: c.profiles ?? [], env: c.env ?? {} }));
}

/**
 * `actual` contains every key of `expected` with that value. Arrays must match exactly,
 * unless `arrays` is `'each'`: then they must have the same length, and each element is
 * matched as a subset in turn (how a case states `columns`).
 */
export function expectSubset(actual: unknown, expected: unknown, path = '', arrays: 'exact' | 'each' = 'exact'): void {
  if (arrays === 'each' && Array.isArray(expected)) {
    expect(actual, `${path} should be an array`).toBeInstanceOf(Array);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, index) => expectSubset((actual as unknown[])[index], item, `${path}[${index}]`, arrays));
    return;
  }
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, `${path} should be an object`).toBeTypeOf('object');
    expect(actual, `${path} should not be null`).not.toBeNull();
    for (const [key, value] of Object.entries(expected)) {
      expect(actual as object, `${path}.${key} is missing`).toHaveProperty([key]);
      expectSubset((actual as Record<string, unknown>)[key], value, `${path}.${key}`, arrays);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Table fields a case states as a subset; `columns`, `primaryKey`, `watermark` and `partitionedBy` element by element. */
const SUBSET_FIELDS: Record<string, 'exact' | 'each'> = {
  config: 'exact',
  provenance: 'exact',
  columns: 'each',
  primaryKey: 'each',
  watermark: 'each',
  partitionedBy: 'each',
};

interface ResultShape {
  tables: readonly object[];
  passthrough: unknown[];
  errors: Diagnostic[];
  warnings: Warning[];
}

/** Checks a resolve result (from the API or the CLI's JSON) against a case's expectations. */
export function expectCaseResult(result: ResultShape, c: CorpusCase): void {
  const { tables, errors, passthrough } = c.expect;
  expect(result.tables.length, `tables of ${c.name}: ${JSON.stringify(result.errors)}`).toBe(tables.length);
  tables.forEach((want, index) => {
    const got = result.tables[index] as Record<string, unknown>;
    for (const [field, value] of Object.entries(want)) {
      const arrays = SUBSET_FIELDS[field];
      if (arrays !== undefined && value !== null) expectSubset(got[field], value, `${c.name}.tables[${index}].${field}`, arrays);
      else expect(got[field], `${c.name}.tables[${index}].${field}`).toEqual(value);
    }
  });
  expect(result.errors.length, `errors of ${c.name}: ${JSON.stringify(result.errors)}`).toBe(errors.length);
  const unused = [...result.errors];
  for (const want of errors) {
    const index = unused.findIndex(
      (e) =>
        e.code === want.code &&
        (want.key === undefined || e.key === want.key) &&
        (want.suggestion === undefined || e.suggestion === want.suggestion) &&
        (want.line === undefined || e.line === want.line) &&
        (want.message_contains === undefined || e.message.includes(want.message_contains)),
    );
    expect(
      index,
      `${c.name}: no reported error matches ${JSON.stringify(want)} in ${JSON.stringify(result.errors)}`,
    ).toBeGreaterThanOrEqual(0);
    unused.splice(index, 1);
  }
  if (passthrough !== undefined) expect(result.passthrough.length, `passthrough of ${c.name}`).toBe(passthrough);
  if (c.expect.warnings !== undefined) {
    const got = result.warnings.map((w, index) =>
      'line' in (c.expect.warnings![index] ?? {}) ? { code: w.code, line: w.line } : { code: w.code },
    );
    expect(got, `warnings of ${c.name}: ${JSON.stringify(result.warnings)}`).toEqual(c.expect.warnings);
  }
}
