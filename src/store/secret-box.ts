import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DdlProfilesError, type SecretOwner, secretKeyRequired, secretKeyUnknown } from '../errors/index.js';
import type { SecretKey } from './secret-key.js';
import { isPlainObject, parentAt } from '../json/json-object.js';

/**
 * Where the secrets of a stored config sit: the paths of its sensitive values. The store
 * knows no connector, so the catalog hands it one built from its registry.
 *
 * @example
 * ```ts
 * const paths: SensitivePaths = (connector, kind, config) => (kind === 'profile' ? [['password']] : []);
 * ```
 */
export type SensitivePaths = (
  connector: string,
  kind: 'profile' | 'table',
  config: Record<string, unknown>,
) => ReadonlyArray<readonly string[]>;

/** The marker of an encrypted value inside a stored config: `{ "$encrypted": "v1.<key id>.<nonce>.<data>" }`. */
const MARKER = '$encrypted';
const VERSION = 'v1';
/** How many decrypted values a box keeps (see `SecretBox.opened`): the secrets of a few thousand profiles. */
const OPENED_LIMIT = 10_000;

type Json = Record<string, unknown>;

function sealedText(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === MARKER && typeof value[MARKER] === 'string' ? value[MARKER] : undefined;
}

/**
 * Encrypts and decrypts the sensitive values of stored configs, at rest: AES-256-GCM from
 * `node:crypto`, a random 96-bit nonce per value, the key id stored with it, and the
 * value's path as additional data (a value moved to another field does not decrypt).
 * The first key seals; every key given opens. A value sealed under a key this box was not
 * given, or that fails its authentication, is `SECRET_KEY_UNKNOWN`, naming the key id:
 * never garbage.
 *
 * @example
 * ```ts
 * const box = new SecretBox([generateSecretKey()], { allowPlaintext: false });
 * box.sealConfig('redis', 'profile', config, { owner: 'profile', name: 'cache' }); // with a sensitivePaths option
 * const stored = box.seal({ password: 'hunter2' }, [['password']], { owner: 'profile', name: 'p' });
 * box.open(stored, { owner: 'profile', name: 'p' }); // { password: 'hunter2' }
 * ```
 */
export class SecretBox {
  private readonly byId: Map<string, SecretKey>;

  constructor(
    keys: readonly SecretKey[],
    private readonly options: { allowPlaintext: boolean; sensitivePaths?: SensitivePaths },
  ) {
    this.byId = new Map(keys.map((k) => [k.id, k]));
    this.current = keys[0];
  }

  /** The key new values are sealed under; none when the store was given no key. */
  current: SecretKey | undefined;

  /** Adds a key that seals from now on; the others keep opening. */
  useKey(key: SecretKey): void {
    this.byId.set(key.id, key);
    this.current = key;
  }

  /** A box that seals under `key` and opens with every key of this one as well. */
  withKey(key: SecretKey): SecretBox {
    return new SecretBox([key, ...this.byId.values()], this.options);
  }

  /** A copy of a profile's or a table's config with its sensitive values (as `sensitivePaths` tells) encrypted. */
  sealConfig(connector: string, kind: 'profile' | 'table', config: Json, subject: SecretOwner): Json {
    const paths = this.options.sensitivePaths?.(connector, kind, config) ?? [];
    return paths.length === 0 ? config : this.seal(config, paths, subject);
  }

  /**
   * A copy of `config` with the value at each path encrypted. Without a key, a config
   * with secrets is refused (`SECRET_KEY_REQUIRED`) unless plaintext was allowed.
   */
  seal(config: Json, paths: ReadonlyArray<readonly string[]>, subject: SecretOwner): Json {
    const key = this.current;
    const copy = structuredClone(config);
    for (const path of paths) {
      const parent = parentAt(copy, path);
      const name = path[path.length - 1];
      if (!parent || parent[name] === undefined || parent[name] === null || sealedText(parent[name]) !== undefined) continue;
      if (!key) {
        if (this.options.allowPlaintext) continue;
        throw DdlProfilesError.of(secretKeyRequired(subject, path.join('.')));
      }
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key.bytes, nonce);
      cipher.setAAD(Buffer.from(path.join('\0')));
      const data = Buffer.concat([cipher.update(JSON.stringify(parent[name]), 'utf8'), cipher.final(), cipher.getAuthTag()]);
      parent[name] = { [MARKER]: `${VERSION}.${key.id}.${nonce.toString('base64url')}.${data.toString('base64url')}` };
    }
    return copy;
  }

  /** A copy of a stored config with every encrypted value decrypted, wherever it sits. */
  open(config: Json, subject: SecretOwner): Json {
    if (!JSON.stringify(config).includes(MARKER)) return config;
    const visit = (node: unknown, path: string[]): unknown => {
      const sealed = sealedText(node);
      if (sealed !== undefined) return this.decrypt(sealed, path, subject);
      if (!isPlainObject(node)) return node;
      const copy: Json = {};
      for (const name in node) copy[name] = visit(node[name], [...path, name]);
      return copy;
    };
    return visit(config, []) as Json;
  }

  /** The ids of the keys that sealed the values of a stored config. */
  static keyIdsOf(config: Json): string[] {
    const ids = new Set<string>();
    const visit = (node: unknown): void => {
      const sealed = sealedText(node);
      if (sealed !== undefined) ids.add(sealed.split('.')[1] ?? '');
      else if (isPlainObject(node)) for (const name in node) visit(node[name]);
    };
    visit(config);
    return [...ids];
  }

  /**
   * Values this box has decrypted, as JSON text, by path and sealed text: each value is
   * decrypted once, not on every resolve that reads its profile. This keeps no more in
   * memory than the box already holds (its keys open every value), as Materialize's
   * caching secrets reader does. Bounded: past {@link OPENED_LIMIT} the oldest goes.
   */
  private readonly opened = new Map<string, string>();

  private decrypt(sealed: string, path: readonly string[], subject: SecretOwner): unknown {
    const at = `${path.join('\0')}\0\0${sealed}`;
    const known = this.opened.get(at);
    if (known !== undefined) return JSON.parse(known);
    const { text, value } = this.decryptOnce(sealed, path, subject);
    if (this.opened.size >= OPENED_LIMIT) this.opened.delete(this.opened.keys().next().value as string);
    this.opened.set(at, text);
    return value;
  }

  /** The value's JSON text and the value it holds; one that does not decrypt, or is not JSON, is `SECRET_KEY_UNKNOWN`. */
  private decryptOnce(sealed: string, path: readonly string[], subject: SecretOwner): { text: string; value: unknown } {
    const [version, keyId, nonce, data] = sealed.split('.');
    const key = this.byId.get(keyId);
    if (!key) {
      throw DdlProfilesError.of(secretKeyUnknown(subject, path.join('.'), keyId, { given: [...this.byId.keys()] }));
    }
    try {
      if (version !== VERSION) throw new Error(`unknown version ${version}`);
      const bytes = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(path.join('\0')));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      const text = Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
      return { text, value: JSON.parse(text) };
    } catch (error) {
      throw DdlProfilesError.of(secretKeyUnknown(subject, path.join('.'), keyId, { altered: true }), { cause: error });
    }
  }
}
