// Type-checked by tsconfig.consumer.json as a strict consumer would compile it (no
// skipLibCheck), through the package's own name and exports, against the built dist.
import { openCatalog, resolve, testProfile, type ResolveResult, type TestResult } from 'ddl-profiles';
import { createHandler, TokenAuth } from 'ddl-profiles/http';
import { matchers, resolveTable, type ResolveTableOptions } from 'ddl-profiles/testing';
import { expect } from 'vitest';

export async function planner(sql: string): Promise<ResolveResult> {
  return resolve(sql, { profiles: [{ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } }] });
}

export async function consoleHandler(): Promise<(request: Request) => Promise<Response>> {
  const catalog = await openCatalog();
  return createHandler({ catalog, auth: new TokenAuth({ token: 'tenant' }) });
}

export const probe = (): Promise<TestResult> =>
  testProfile({ name: 'p', connector: 'redis', config: { address: 'redis://127.0.0.1:6379' } });

// A test author: the matchers extend vitest's expect, and their assertions type-check.
export async function testAuthor(sql: string): Promise<void> {
  expect.extend(matchers);
  const options: ResolveTableOptions = { profiles: [{ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } }] };
  expect(await resolve(sql, options)).toResolveWithoutErrors({ file: 'cache.sql' });
  const table = await resolveTable(sql, { ...options, file: 'cache.sql' });
  expect(table).toHaveOption('address', 'redis://cache:6379', { from: 'profile' });
  expect(table).not.toHaveOption('address', 'redis://other:6379');
}
