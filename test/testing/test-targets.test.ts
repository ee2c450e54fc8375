import { describe, expect, it } from 'vitest';
import { runConnectorTest, type ConnectorTester } from '../../src/index.js';
import { parseAllowedTestHosts, targetsProblem } from '../../src/testing/index.js';

describe('test targets', () => {
  it('reads CIDRs, addresses and host patterns, and names an entry it cannot read', () => {
    expect(parseAllowedTestHosts('10.0.0.0/8, *.kafka.internal fd00::/8,127.0.0.1')).toEqual([
      '10.0.0.0/8',
      '*.kafka.internal',
      'fd00::/8',
      '127.0.0.1',
    ]);
    expect(() => parseAllowedTestHosts('10.0.0.0/33')).toThrow("'10.0.0.0/33' is not a CIDR (address/prefix, prefix 0-32)");
    expect(() => parseAllowedTestHosts('kafka_1')).toThrow("'kafka_1' is neither a CIDR, an address nor a host pattern");
    expect(() => parseAllowedTestHosts(' , ')).toThrow('needs at least one');
  });

  it('matches patterns on whole names, and CIDRs on addresses', async () => {
    const allow = ['*.kafka.internal', '10.1.0.0/16'];
    expect(await targetsProblem([{ host: 'b-1.kafka.internal', port: 9092 }], { allow })).toBeUndefined();
    expect(await targetsProblem([{ host: 'B-1.Kafka.Internal', port: 9092 }], { allow })).toBeUndefined();
    expect(await targetsProblem([{ host: 'kafka.internal.evil.com', port: 9092 }], { allow })).toContain('is not among the hosts');
    expect(await targetsProblem([{ host: '10.1.200.3', port: 9092 }], { allow })).toBeUndefined();
    expect(await targetsProblem([{ host: '10.2.0.1', port: 9092 }], { allow })).toContain('10.2.0.1 is not among');
    // A name no pattern covers is allowed when all its addresses are in a CIDR.
    expect(await targetsProblem([{ host: 'localhost', port: 1 }], { allow: ['127.0.0.0/8', '::1/128'] })).toBeUndefined();
  });

  it('caps the endpoints of one test', async () => {
    const endpoints = Array.from({ length: 5 }, (_, i) => ({ host: 'h', port: i + 1 }));
    expect(await targetsProblem(endpoints, { maxHosts: 4 })).toBe('the profile names 5 hosts; a live test reaches at most 4');
    expect(await targetsProblem(endpoints, { maxHosts: 5 })).toBeUndefined();
  });

  it('fails a tester that reaches for the network without declaring its hosts, with config', async () => {
    let ran = false;
    const sneaky: ConnectorTester = async (_input, context) => {
      await context.step('connect', async () => ((ran = true), { message: 'connected', value: undefined }));
    };
    const result = await runConnectorTest('sneaky', sneaky, { profile: {}, secrets: [] });
    expect(ran).toBe(false);
    expect(result.error).toMatchObject({ code: 'config', step: 'config' });
    expect(result.error?.message).toContain("did not declare the hosts it reaches (context.targets) before its 'connect' step");
  });
});
