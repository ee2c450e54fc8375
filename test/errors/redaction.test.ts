import { describe, expect, it } from 'vitest';
import { REDACTED, scrubSecrets } from '../../src/errors/index.js';

describe('scrubSecrets', () => {
  it('replaces a secret of 4 characters or more wherever it occurs, inside words too', () => {
    expect(scrubSecrets('auth failed for alice:hunter2x', ['hunter2'])).toBe(`auth failed for alice:${REDACTED}x`);
  });

  it('replaces the longer of two overlapping secrets first', () => {
    expect(scrubSecrets('token abcdef', ['abcd', 'abcdef'])).toBe(`token ${REDACTED}`);
  });

  it('replaces a short secret only where it stands as a word, so messages stay readable', () => {
    expect(scrubSecrets('resolved 1 broker address; user s, password k: denied', ['s', 'k'])).toBe(
      `resolved 1 broker address; user ${REDACTED}, password ${REDACTED}: denied`,
    );
  });

  it('treats the characters of a short secret literally', () => {
    expect(scrubSecrets('a.b and a*b', ['a*b'])).toBe(`a.b and ${REDACTED}`);
  });
});
