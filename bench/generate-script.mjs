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
      ? { name: `kafka-${i}`, connector: 'kafka', config: { bootstrap_servers: 'k1:9092,k2:9092', authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' } } }
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
