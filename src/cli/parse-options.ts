import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The parsed values of an option spec: booleans for flags, strings for the rest. */
export type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string;
};

/**
 * `util.parseArgs` in strict mode, with its errors turned into usage errors (exit 2).
 *
 * @example
 * ```ts
 * const { values, positionals } = parseOptions(argv, { json: { type: 'boolean' } });
 * values.json; // boolean | undefined
 * ```
 */
export function parseOptions<const T extends OptionSpecs>(args: string[], options: T): { values: OptionValues<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
