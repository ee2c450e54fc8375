import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import type { ProfileDefinition, ProfileSource } from '../../src/store/profile-source.js';

const profiles: ProfileDefinition[] = [
  {
    name: 'kafka-a',
    connector: 'kafka',
    config: { bootstrap_servers: 'k1:9092', authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'p' } },
  },
  { name: 'cache-a', connector: 'redis', config: { address: 'redis://cache:6379' } },
];

/** A script of `tables` tables, each written in its own shape, large enough (64 Ki characters and more) for its arrays to be kept. */
function script(tables: number, flavour: string): string {
  const statements: string[] = [];
  for (let i = 0; i < tables; i++) {
    const kafka = (i + flavour.length) % 3 !== 0;
    statements.push(
      kafka
        ? `CREATE TABLE ${flavour}_${i} (id BIGINT, note VARCHAR(${(i % 50) + 1}), amount DECIMAL(10, 2), tags TEXT[])\n  WITH (connection_profile = 'kafka-a', topic = '${flavour}-${i}', format = 'json', type = 'source');`
        : `-- table ${i}\nCREATE TABLE ${flavour}_${i} (k TEXT) WITH ('connection_profile' = 'cache-a', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = '${flavour}${i}:');`,
    );
  }
  return statements.join('\n');
}

/** A store-like source that answers after other work has run, so that two resolves interleave. */
function slowSource(delayMs: number): ProfileSource {
  return {
    fetchProfiles: async (names) => {
      await new Promise((done) => setTimeout(done, delayMs));
      return profiles.filter((p) => names.includes(p.name));
    },
    knownNames: async () => profiles.map((p) => p.name),
  };
}

describe('a resolve reuses the arrays of the script before it', () => {
  const small = script(400, 'small');
  const large = script(900, 'big_one');
  const larger = script(1600, 'larger_than_both');

  it('gives each script the same result, whatever ran before it', async () => {
    expect(small.length).toBeGreaterThan(1 << 16);
    const first = await resolve(small, { profiles });
    expect(first.errors).toEqual([]);
    expect(first.tables).toHaveLength(400);
    const largeFirst = await resolve(large, { profiles });
    expect(await resolve(small, { profiles })).toEqual(first); // into the larger script's arrays
    expect(await resolve(larger, { profiles })).toMatchObject({ errors: [] }); // the arrays grow
    expect(await resolve(large, { profiles })).toEqual(largeFirst);
    const last = first.tables[399];
    expect([last.table, last.line]).toEqual(['small_399', small.split('\n').findIndex((line) => line.includes('small_399 ')) + 1]);
  });

  it('never lets two resolves at once share arrays', async () => {
    const alone = [await resolve(small, { profiles }), await resolve(large, { profiles })];
    const together = await Promise.all([resolve(small, { profiles: slowSource(30) }), resolve(large, { profiles: slowSource(5) })]);
    expect(together).toEqual(alone);
  });
});
