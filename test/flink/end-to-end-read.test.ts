import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve, testProfile, type ProfileDefinition, type TestResult } from '../../src/index.js';
import { startFlinkJudge, type FlinkJudge, type FlinkRead } from '../support/flink-judge.mjs';
import { KAFKA_USERS, startKafka, type KafkaBroker } from '../support/kafka-broker.mjs';
import { startAll } from '../support/start-all.mjs';

// Issue 21's end-to-end read: a Kafka table whose connection comes from a SASL_PLAINTEXT
// profile is read by a Flink 2.2.1 mini-cluster (inside the judge's JVM) from the test
// broker's SASL listener, bounded at the latest offsets, and gives back the rows written.
// A profile's live test runs first: a wrong password is `auth` there, and Flink never runs.

let kafka: KafkaBroker;
let judge: FlinkJudge;
let reads = 0;

const TOPIC = 'e2e-orders';
const ROW_COUNT = 100;
/** What is written: every tenth amount missing, one name with quotes, a backslash and a non-ASCII letter. */
const WRITTEN = Array.from({ length: ROW_COUNT }, (_, i) => ({
  id: i,
  name: i === 7 ? 'zoë "the \\ seventh"' : `name-${i}`,
  amount: i % 10 === 3 ? null : i + 0.5,
}));
/** The same rows as Flink prints their fields. */
const EXPECTED = WRITTEN.map(({ id, name, amount }) => [String(id), name, amount === null ? null : String(amount)]);
const COLUMNS = 'id BIGINT, name STRING, amount DOUBLE';
const QUERY = 'SELECT id, name, amount FROM t';

beforeAll(async () => {
  [kafka, judge] = await startAll([startKafka(), startFlinkJudge()]);
  await kafka.createTopic(TOPIC);
  const producer = new Kafka({ clientId: 'e2e-writer', brokers: [kafka.plaintext], logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    await producer.send({ topic: TOPIC, messages: WRITTEN.map((row) => ({ value: JSON.stringify(row) })) });
  } finally {
    await producer.disconnect();
  }
}, 240_000);

afterAll(async () => {
  await Promise.all([kafka?.stop(), judge?.close()]);
});

const saslProfile = (mechanism: 'PLAIN' | 'SCRAM-SHA-512', password = KAFKA_USERS.alice): ProfileDefinition => ({
  name: 'p',
  connector: 'kafka',
  config: {
    bootstrap_servers: kafka.sasl,
    authentication: { type: 'sasl', sasl_mechanism: mechanism, username: 'alice', password, protocol: 'SASL_PLAINTEXT' },
  },
});

/** The table as a Flink user writes it: the connection is the profile's, named in WITH. */
const TABLE_SQL = `CREATE TABLE t (${COLUMNS}) WITH ('connector' = 'kafka', 'connection_profile' = 'p', 'topic' = '${TOPIC}',
  'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset');`;

/** The Flink DDL our resolver writes for the table through that profile, secrets shown (what a planner hands Flink). */
async function resolvedDdl(profile: ProfileDefinition): Promise<string> {
  const result = await resolve(TABLE_SQL, { dialect: 'flink', profiles: [profile], showSecrets: true });
  expect(result.errors).toEqual([]);
  expect(result.tables).toHaveLength(1);
  return result.tables[0].sql;
}

/** A read through the judge, with the milliseconds it took. */
type TimedRead = FlinkRead & { ms: number };

/** A read through the judge, timed and counted. */
async function timedRead(ddl: string, query = QUERY, limitMs = 60_000): Promise<TimedRead> {
  reads++;
  const started = Date.now();
  const read = await judge.read(ddl, query, { limitMs });
  return { ...read, ms: Date.now() - started };
}

/**
 * Issue 21's order: the profile's live test first; only a profile that passed it is
 * resolved and handed to Flink.
 */
async function testThenRead(profile: ProfileDefinition): Promise<{ test: TestResult; read?: TimedRead }> {
  const test = await testProfile(profile);
  if (!test.ok) return { test };
  return { test, read: await timedRead(await resolvedDdl(profile)) };
}

describe('one end-to-end read (issue 21)', { timeout: 90_000 }, () => {
  it.each(['PLAIN', 'SCRAM-SHA-512'] as const)(
    'reads back every row written, through the SASL listener with %s, from the DDL resolved through the profile',
    async (mechanism) => {
      const { test, read } = await testThenRead(saslProfile(mechanism));
      expect(test.ok, JSON.stringify(test.error)).toBe(true);
      expect(read?.message).toBeUndefined();
      expect(read?.rows).toEqual(EXPECTED);
      console.log(`flink end-to-end read (${mechanism}): ${ROW_COUNT} rows in ${read?.ms} ms`);
    },
  );

  it('stops a wrong password at the live test (auth at authenticate), before any Flink read', async () => {
    const before = reads;
    const { test, read } = await testThenRead(saslProfile('PLAIN', 'wrong-e2e-canary'));
    expect([test.error?.code, test.error?.step]).toEqual(['auth', 'authenticate']);
    expect(read).toBeUndefined();
    expect(reads).toBe(before);
  });

  it('shows why the live test goes first: the resolver and Flink take a wrong password, the job fails only when it runs', async () => {
    const ddl = await resolvedDdl(saslProfile('PLAIN', 'wrong-e2e-canary'));
    await expect(judge.judge(ddl, 'source')).resolves.toEqual({ ok: true });
    const read = await timedRead(ddl);
    expect(read).toMatchObject({ ok: false, stage: 'run' });
    expect(read.message).toContain('SaslAuthenticationException');
  });
});

describe("the judge's read", { timeout: 60_000 }, () => {
  it('cancels a query that does not end at its limit (stage timeout), and reads again afterwards', async () => {
    const endless = `CREATE TABLE t (${COLUMNS}) WITH ('connector' = 'datagen', 'rows-per-second' = '5')`;
    const read = await timedRead(endless, QUERY, 4_000);
    expect(read).toMatchObject({ ok: false, stage: 'timeout' });
    expect(read.message).toContain('did not end within 4000 ms');
    expect(read.ms).toBeLessThan(4_000 + 10_000);
    const bounded = `CREATE TABLE t (${COLUMNS}) WITH ('connector' = 'datagen', 'number-of-rows' = '3')`;
    const again = await timedRead(bounded, 'SELECT COUNT(*) FROM t');
    expect(again.rows).toEqual([['3']]);
  });

  it('answers a malformed read at stage request, and a broken query at stage plan', async () => {
    const ddl = `CREATE TABLE t (${COLUMNS}) WITH ('connector' = 'datagen', 'number-of-rows' = '1')`;
    await expect(judge.read(ddl, QUERY, { limitMs: 0 })).resolves.toMatchObject({ ok: false, stage: 'request' });
    const broken = await judge.read(ddl, 'SELECT missing FROM t');
    expect(broken).toMatchObject({ ok: false, stage: 'plan' });
    expect(broken.message).toContain("Column 'missing' not found");
  });
});
