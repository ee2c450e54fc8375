import { describe, expect, it } from 'vitest';
import { flinkBlackholeConnector } from '../../../src/connectors/flink/blackhole.js';
import { flinkPrintConnector } from '../../../src/connectors/flink/print.js';
import { issuesOf, useFlinkJudge } from './support.js';

const { judge } = useFlinkJudge();
const table = (connector: string, options = '') => `CREATE TABLE t (id BIGINT, name STRING) WITH ('connector'='${connector}'${options})`;

describe('Flink print and blackhole sinks', { timeout: 30_000 }, () => {
  it('print takes its three options in Flink value forms, and no profile', async () => {
    expect(flinkPrintConnector).toMatchObject({ name: 'print', dialect: 'flink', roles: ['sink'], takesProfile: false });
    expect(Object.keys(flinkPrintConnector.profile.shape)).toEqual([]);
    const config = { 'print-identifier': 'orders', 'standard-error': 'TRUE', 'sink.parallelism': '2', type: 'sink' };
    expect(issuesOf(flinkPrintConnector.tableValidator, config)).toEqual([]);
    await expect(
      judge(table('print', ", 'print-identifier'='orders', 'standard-error'='TRUE', 'sink.parallelism'='2'"), 'sink'),
    ).resolves.toEqual({ ok: true });
  });

  it('print refuses a parallelism of 0 and a boolean spelled 1, as Flink does', async () => {
    expect(
      issuesOf(flinkPrintConnector.tableValidator, { 'sink.parallelism': '0', 'standard-error': '1' })
        .map((i) => i.path)
        .sort(),
    ).toEqual(['sink.parallelism', 'standard-error']);
    expect(await judge(table('print', ", 'sink.parallelism'='0'"), 'sink')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Invalid configured parallelism 0'),
    });
    expect(await judge(table('print', ", 'standard-error'='1'"), 'sink')).toMatchObject({
      ok: false,
      message: expect.stringContaining("Could not parse value '1' for key 'standard-error'"),
    });
  });

  it('print and blackhole refuse type = source in Flink’s own words', async () => {
    for (const connector of [flinkPrintConnector, flinkBlackholeConnector]) {
      const message = `Connector '${connector.name}' can only be used as a sink. It cannot be used as a source.`;
      expect(issuesOf(connector.tableValidator, { type: 'source' })).toEqual([{ path: 'type', code: 'INVALID_VALUE', message }]);
      expect(await judge(table(connector.name), 'source')).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    }
  });

  it('blackhole takes no option of its own but our type', async () => {
    expect(issuesOf(flinkBlackholeConnector.tableValidator, { type: 'sink' })).toEqual([]);
    expect(issuesOf(flinkBlackholeConnector.tableValidator, { 'print-identifier': 'x' })).toMatchObject([{ path: '' }]);
    expect(flinkBlackholeConnector.fields.match('type')?.field.engineKey).toBeNull();
    expect(await judge(table('blackhole', ", 'print-identifier'='x'"), 'sink')).toMatchObject({
      ok: false,
      message: expect.stringContaining("Unsupported options found for 'blackhole'"),
    });
    await expect(judge(table('blackhole'), 'sink')).resolves.toEqual({ ok: true });
  });
});
