import { existsSync } from 'node:fs';
import { generateSecretKey, readSecretKeyFile, writeSecretKeyFile } from '../../store/secret-key.js';
import type { CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { parseOptions } from '../parse-options.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { UsageError } from '../usage-error.js';
import { KEYS_USAGE } from '../usage.js';

/**
 * `ddl-profiles keys rotate`: every secret of the store sealed again under a new key.
 *
 * @example
 * ```ts
 * await keysCommand(['rotate', '--store', './.ddl-profiles'], processIo());
 * ```
 */
export async function keysCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'rotate') throw new UsageError(`unknown keys command '${action ?? ''}'\n${KEYS_USAGE}`);
  const { values, positionals } = parseOptions(rest, { ...storeOptions, 'new-key-file': { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(KEYS_USAGE);
  const file = values['new-key-file'];
  let created = false;
  return withCatalog(values, io, async (catalog) => {
    let newKey: Buffer | undefined;
    if (file !== undefined) {
      if (existsSync(file)) newKey = readSecretKeyFile(file).bytes;
      else {
        const key = generateSecretKey();
        writeSecretKeyFile(file, key);
        created = true;
        newKey = key.bytes;
      }
    }
    const rotation = await catalog.rotateSecretKey(newKey);
    const where = rotation.keyFile ?? (created ? file : undefined);
    io.out(
      values.json
        ? jsonText(rotation)
        : `re-encrypted ${rotation.profiles} profile(s) and ${rotation.tables} table(s) under key ${rotation.keyId}` +
            (where ? ` (in ${where})` : '') +
            (rotation.previousKeyId ? `; key ${rotation.previousKeyId} is no longer needed` : ''),
    );
    return 0;
  });
}
