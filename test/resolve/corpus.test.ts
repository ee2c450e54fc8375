import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegistry, redactResult, resolve } from '../../src/index.js';
import { EXTRA_CORPUS, expectCaseResult, loadCorpus, OWN_CORPUS } from '../support/corpus.js';
import { runCli } from '../support/run-cli.js';

const cases = loadCorpus();
const registry = createRegistry();

/** A copy of a config without the fields of `keys` (canonical keys), and without objects they leave empty. */
function withoutKeys(connector: string, config: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(config);
  for (const key of keys) {
    const path = registry.get(connector)!.fields.all.find((f) => f.key === key)!.path;
    const parents: Array<Record<string, unknown>> = [copy];
    for (const part of path.slice(0, -1)) parents.push(parents[parents.length - 1][part] as Record<string, unknown>);
    delete parents[parents.length - 1][path[path.length - 1]];
    for (let i = parents.length - 1; i > 0; i--) if (Object.keys(parents[i]).length === 0) delete parents[i - 1][path[i - 1]];
  }
  return copy;
}
const work = mkdtempSync(join(tmpdir(), 'ddl-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('conformance corpus', () => {
  it('has our own cases, and every case of the extra folder when one is beside the repository', () => {
    const own = cases.filter((c) => dirname(c.file) === OWN_CORPUS);
    expect(own.length).toBe(readdirSync(OWN_CORPUS).filter((f) => f.endsWith('.json')).length);
    expect(own.filter((c) => c.name.startsWith('core-')).length).toBeGreaterThanOrEqual(12);
    const extra = existsSync(EXTRA_CORPUS) ? readdirSync(EXTRA_CORPUS).filter((f) => f.endsWith('.json')).length : 0;
    expect(cases.length).toBe(own.length + extra);
  });

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const showSecrets = c.show_secrets !== false;

    it('resolves through the API', async () => {
      const result = await resolve(c.sql, { profiles: c.profiles, env: c.env, showSecrets, secrets: c.secrets });
      expectCaseResult(showSecrets ? result : redactResult(result, registry, c.secrets), c);
      if (c.expect.not_in_output) expect(JSON.stringify(redactResult(result, registry, c.secrets))).not.toContain(c.expect.not_in_output);
    });

    it('resolves through the CLI', async () => {
      const dir = mkdtempSync(join(work, `${c.name}-`));
      writeFileSync(join(dir, 'script.sql'), c.sql);
      writeFileSync(join(dir, 'profiles.json'), JSON.stringify(c.profiles));
      writeFileSync(
        join(dir, 'case.env'),
        Object.entries(c.env)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join('\n'),
      );
      const args = [
        'resolve',
        join(dir, 'script.sql'),
        '--profiles',
        join(dir, 'profiles.json'),
        '--env-file',
        join(dir, 'case.env'),
        '--json',
        ...(c.secrets ? ['--secrets', c.secrets] : []),
      ];
      const run = await runCli(showSecrets ? [...args, '--show-secrets'] : args);
      expect(run.stderr).toBe('');
      const printed = JSON.parse(run.stdout);
      expectCaseResult(printed, c);
      expect(run.code).toBe(c.expect.errors.length > 0 ? 1 : 0);
      if (c.expect.not_in_output) expect(run.stdout + run.stderr).not.toContain(c.expect.not_in_output);
    });

    it('round-trips its rewritten SQL to the same config, but for what it says it leaves out', async () => {
      const first = await resolve(c.sql, { profiles: c.profiles, env: c.env, showSecrets: true });
      for (const table of first.tables) {
        const again = await resolve(table.sql, { showSecrets: true });
        expect(again.errors).toEqual([]);
        expect(again.tables).toHaveLength(1);
        expect(again.tables[0].config).toEqual(withoutKeys(table.connector, table.config, table.sqlOmits));
        expect(again.tables[0].sqlOmits).toEqual([]);
        expect(again.tables[0].partitionedBy?.map((p) => p.text) ?? null).toEqual(table.partitionedBy?.map((p) => p.text) ?? null);
        expect(again.tables[0].profile).toBeNull();
      }
    });
  });
});
