import type { Dialect } from '../connectors/index.js';
import { dialectOption } from '../resolve/dialect-option.js';
import { libraryOption } from './library-option.js';

/** `--dialect arroyo|flink`, for the commands that resolve a script (resolve, test --table). */
export const dialectFlag = { dialect: { type: 'string' } } as const;

/**
 * The value of `--dialect`, checked by the library's own check of the `dialect` option;
 * a value it refuses is a usage error (exit 2, `USAGE_ERROR`). `arroyo` when the flag
 * was not given.
 *
 * @example
 * ```ts
 * dialectFlagValue('flink');  // 'flink'
 * dialectFlagValue(undefined); // 'arroyo'
 * dialectFlagValue('spark');  // UsageError: --dialect takes arroyo or flink, got 'spark'
 * ```
 */
export function dialectFlagValue(value: string | undefined): Dialect {
  return libraryOption(() => dialectOption(value, '--dialect'));
}
