// Type-checked by tsconfig.consumer.json as a strict consumer would compile it (no
// skipLibCheck), through the package's own name and exports, against the built dist.
import { openCatalog, resolve, testProfile, type ResolveResult, type TestResult } from 'ddl-profiles';
import { createHandler, TokenAuth } from 'ddl-profiles/http';

export async function planner(sql: string): Promise<ResolveResult> {
  return resolve(sql, { profiles: [{ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } }] });
}

export async function consoleHandler(): Promise<(request: Request) => Promise<Response>> {
  const catalog = await openCatalog();
  return createHandler({ catalog, auth: new TokenAuth({ token: 'tenant' }) });
}

export const probe = (): Promise<TestResult> =>
  testProfile({ name: 'p', connector: 'redis', config: { address: 'redis://127.0.0.1:6379' } });
