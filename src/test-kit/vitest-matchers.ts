/// <reference types="vitest" preserve="true" />
import type { OptionOrigin, ScriptNameOptions } from './matchers.js';

/**
 * The assertions `expect.extend(matchers)` adds, as a consumer's `expect(…)` types them.
 * Importing `ddl-profiles/testing` adds them to vitest's `Assertion` and (for
 * `expect.toResolveWithoutErrors()` inside other matchers) `AsymmetricMatchersContaining`,
 * by the module augmentation below; vitest itself is only a type here, never loaded.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { matchers, type DdlProfilesMatchers } from 'ddl-profiles/testing';
 * expect.extend(matchers);
 * const assertion: DdlProfilesMatchers<void> = expect(table);
 * assertion.toHaveOption('topic', 'orders', { from: 'table' });
 * ```
 */
export interface DdlProfilesMatchers<R = unknown> {
  /**
   * Asserts a resolve result has no error diagnostic; a failure lists each as
   * `file:line:column: CODE message`.
   *
   * @example
   * ```ts
   * import { expect } from 'vitest';
   * expect(await resolve(sql, { profiles })).toResolveWithoutErrors({ file: 'orders.sql' });
   * ```
   */
  toResolveWithoutErrors(options?: ScriptNameOptions): R;
  /**
   * Asserts a resolved table's merged `config` holds `key` with `value` (deep equality),
   * and with `from`, that its recorded provenance is that origin.
   *
   * @example
   * ```ts
   * import { expect } from 'vitest';
   * expect(table).toHaveOption('bootstrap_servers', 'kafka-broker:9092', { from: 'profile' });
   * ```
   */
  toHaveOption(key: string, value: unknown, origin?: OptionOrigin): R;
}

declare module 'vitest' {
  // vitest declares Assertion<T = any>; a merged declaration must say the same.
  interface Assertion<T = any> extends DdlProfilesMatchers<T> {}
  interface AsymmetricMatchersContaining extends DdlProfilesMatchers {}
}
