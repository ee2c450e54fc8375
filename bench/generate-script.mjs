/**
 * The benchmark workload: a script of `tables` CREATE TABLE statements (half Kafka
 * sources, half Redis sinks, five columns each) over `profiles` profiles.
 *
 * @example
 * const { sql, profiles } = generateScript({ tables: 1000, profiles: 50 });
 */
export function generateScript({ tables = 1000, profiles = 50 } = {}) {
  const defs = Array.from({ length: profiles }, (_, i) =>
    i % 2 === 0
      ? {
          name: `kafka-${i}`,
          connector: 'kafka',
          config: {
            bootstrap_servers: 'k1:9092,k2:9092',
            authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' },
          },
        }
      : { name: `cache-${i}`, connector: 'redis', config: { address: 'redis://cache:6379', password: 'p' } },
  );
  const statements = Array.from({ length: tables }, (_, i) => {
    const profile = defs[i % profiles];
    const columns = `id BIGINT NOT NULL, customer_id BIGINT, amount DOUBLE, note VARCHAR(64), created TIMESTAMP(3)`;
    const options =
      profile.connector === 'kafka'
        ? `'connection_profile' = '${profile.name}', 'topic' = 'topic_${i}', 'format' = 'json', 'type' = 'source', 'source.offset' = 'earliest'`
        : `'connection_profile' = '${profile.name}', 'type' = 'sink', 'format' = 'json', 'target' = 'string', 'target.key_prefix' = 'k${i}:'`;
    return `CREATE TABLE table_${i} (${columns}) WITH (${options});`;
  });
  return { sql: statements.join('\n'), statements, profiles: defs };
}

/**
 * A workload in the shapes of Arroyo's docs: columns named by keywords (`timestamp`,
 * `user`, `value`, `type`, `count`), watermarks with an expression, Kafka metadata
 * fields, computed columns, STRUCT and array types, Redis lookup tables keyed by
 * `TEXT METADATA FROM 'key'` and Redis sinks keyed by a column. A third each of Kafka
 * sources, Redis lookups and Redis sinks, over the profiles of {@link generateScript}.
 *
 * @example
 * const { sql, profiles } = generateArroyoScript({ tables: 1000, profiles: 50 });
 */
export function generateArroyoScript({ tables = 1000, profiles = 50 } = {}) {
  const { profiles: defs } = generateScript({ tables: 0, profiles });
  const kafka = defs.filter((p) => p.connector === 'kafka');
  const redis = defs.filter((p) => p.connector === 'redis');
  const statements = Array.from({ length: tables }, (_, i) => {
    const kind = i % 3;
    if (kind === 0) {
      const profile = kafka[i % kafka.length].name;
      return `CREATE TABLE events_${i} (
  id TEXT NOT NULL,
  user TEXT,
  type TEXT NOT NULL,
  value DOUBLE,
  count BIGINT,
  properties STRUCT<name TEXT, tags TEXT[]>,
  event_partition INT METADATA FROM 'partition',
  event_offset BIGINT METADATA FROM 'offset_id',
  timestamp TIMESTAMP(3) NOT NULL,
  day TEXT GENERATED ALWAYS AS (date_trunc('day', timestamp)) STORED,
  WATERMARK FOR timestamp AS timestamp - INTERVAL '${(i % 59) + 1}' SECOND
) WITH (
  connection_profile = '${profile}',
  topic = 'events_${i}',
  type = 'source',
  format = 'json'
);`;
    }
    const profile = redis[i % redis.length].name;
    if (kind === 1) {
      return `CREATE TEMPORARY TABLE customers_${i} (
  customer_id TEXT METADATA FROM 'key' PRIMARY KEY,
  name TEXT,
  plan TEXT
) WITH (
  connection_profile = '${profile}',
  type = 'lookup',
  format = 'json',
  'lookup.cache.max_bytes' = 1000000
);`;
    }
    return `CREATE TABLE counts_${i} (
  user TEXT NOT NULL,
  count BIGINT NOT NULL
) WITH (
  connection_profile = '${profile}',
  type = 'sink',
  format = 'json',
  target = 'string',
  'target.key_prefix' = 'counts_${i}.',
  'target.key_column' = 'user'
);`;
  });
  return { sql: statements.join('\n'), statements, profiles: defs };
}

/**
 * The tables of {@link generateScript} in Flink SQL's shapes: each a Flink `kafka` table
 * with the same five columns, over 50 `kafka` profiles (SCRAM-SHA-256, as there). The
 * Kafka sources stay sources (read from the earliest offset); the Redis sinks become Kafka
 * sinks, one topic each. For `resolve(sql, { dialect: 'flink', profiles })`.
 *
 * @example
 * const { sql, profiles } = generateFlinkScript({ tables: 1000, profiles: 50 });
 */
export function generateFlinkScript({ tables = 1000, profiles = 50 } = {}) {
  const defs = Array.from({ length: profiles }, (_, i) => ({
    name: `kafka-${i}`,
    connector: 'kafka',
    config: {
      bootstrap_servers: 'k1:9092,k2:9092',
      authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' },
    },
  }));
  const statements = Array.from({ length: tables }, (_, i) => {
    const profile = defs[i % profiles].name;
    const columns = `id BIGINT NOT NULL, customer_id BIGINT, amount DOUBLE, note VARCHAR(64), created TIMESTAMP(3)`;
    const options =
      i % 2 === 0
        ? `'connector' = 'kafka', 'connection_profile' = '${profile}', 'topic' = 'topic_${i}', 'format' = 'json', 'type' = 'source', 'scan.startup.mode' = 'earliest-offset'`
        : `'connector' = 'kafka', 'connection_profile' = '${profile}', 'topic' = 'sink_${i}', 'format' = 'json', 'type' = 'sink'`;
    return `CREATE TABLE table_${i} (${columns}) WITH (${options});`;
  });
  return { sql: statements.join('\n'), statements, profiles: defs };
}
