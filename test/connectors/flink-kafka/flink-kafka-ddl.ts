/**
 * The CREATE TABLE the Flink judge reads for a table config of ours: Flink's keys as they
 * are, `properties` as `properties.<name>` keys, our own `type` left out, and brokers at
 * an address planning never connects to.
 *
 * @example
 * ```ts
 * flinkDdl('kafka', { topic: 't', format: 'json' }); // "CREATE TABLE t (id BIGINT, name STRING) WITH ('connector'='kafka', …)"
 * ```
 */
export function flinkDdl(connector: string, config: Record<string, unknown>, columns = 'id BIGINT, name STRING'): string {
  const { type: _side, properties = {}, ...options } = config as Record<string, unknown> & { properties?: Record<string, string> };
  const entries: [string, unknown][] = [
    ['connector', connector],
    ['properties.bootstrap.servers', '127.0.0.1:9'],
    ...Object.entries(properties).map(([name, value]): [string, unknown] => [`properties.${name}`, value]),
    ...Object.entries(options),
  ];
  const quote = (text: unknown) => `'${String(text).replace(/'/g, "''")}'`;
  return `CREATE TABLE t (${columns}) WITH (${entries.map(([key, value]) => `${quote(key)}=${quote(value)}`).join(', ')})`;
}
