import { describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/store/secret-box.js';
import { generateSecretKey } from '../../src/store/secret-key.js';

const owner = { owner: 'profile', name: 'p' } as const;

function sealedBox() {
  const box = new SecretBox([generateSecretKey()], { allowPlaintext: false });
  const stored = box.seal({ auth: { password: 'hunter2', username: 'u' }, other: {} }, [['auth', 'password']], owner);
  return { box, stored: stored as { auth: { password: unknown; username: string }; other: Record<string, unknown> } };
}

describe('SecretBox, once it has decrypted a value', () => {
  it('opens it again to the same value, as a fresh copy each time', () => {
    const { box, stored } = sealedBox();
    const first = box.open(stored, owner) as { auth: { password: string } };
    first.auth.password = 'changed by the caller';
    const second = box.open(stored, owner) as { auth: { password: string } };
    expect(second.auth.password).toBe('hunter2');
    expect(stored.auth.password).toMatchObject({ $encrypted: expect.stringMatching(/^v1\./) });
  });

  it('still refuses the same sealed value moved to another field', () => {
    const { box, stored } = sealedBox();
    box.open(stored, owner);
    const moved = { ...stored, other: { password: stored.auth.password } };
    expect(() => box.open(moved, owner)).toThrow(expect.objectContaining({ code: 'SECRET_KEY_UNKNOWN' }));
  });

  it('still refuses a sealed value altered in the store, and a box without the key', () => {
    const { box, stored } = sealedBox();
    box.open(stored, owner);
    const sealed = (stored.auth.password as { $encrypted: string }).$encrypted;
    const altered = {
      ...stored,
      auth: { ...stored.auth, password: { $encrypted: `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A` } },
    };
    expect(() => box.open(altered, owner)).toThrow(expect.objectContaining({ code: 'SECRET_KEY_UNKNOWN' }));
    const stranger = new SecretBox([generateSecretKey()], { allowPlaintext: false });
    expect(() => stranger.open(stored, owner)).toThrow(expect.objectContaining({ code: 'SECRET_KEY_UNKNOWN' }));
  });
});
