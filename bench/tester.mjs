import { Kafka, logLevel } from 'kafkajs';
import { Redis } from 'ioredis';
import { testProfile } from '../dist/index.js';
import { KAFKA_USERS, startKafka } from '../test/support/kafka-broker.mjs';
import { startRedis } from '../test/support/redis-server.mjs';
import { startSilentServer } from '../test/support/silent-server.mjs';
import { printRows } from './timing.mjs';

const CAP_MS = 20_000;

/** Time until a plain client with its defaults settles, capped: some never do on a silent server. */
async function plainClient(run) {
  const start = performance.now();
  let timer;
  const capped = new Promise((resolve) => (timer = setTimeout(() => resolve('capped'), CAP_MS)));
  const outcome = await Promise.race([run().then(() => 'ok', () => 'error'), capped]);
  clearTimeout(timer);
  return { ms: performance.now() - start, settled: outcome !== 'capped' };
}

async function kafkaPlain(brokers, sasl) {
  const admin = new Kafka({ clientId: 'bench', brokers: [brokers], logLevel: logLevel.NOTHING, ...(sasl ? { sasl } : {}) }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } finally {
    admin.disconnect().catch(() => undefined);
  }
}

async function redisPlain(url, password) {
  const client = new Redis(url, { lazyConnect: true, ...(password ? { password } : {}) });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

/** Time to verdict of our tester beside each plain client with its defaults, in one run. */
export async function benchTester() {
  const [kafka, redis, silent] = await Promise.all([startKafka(), startRedis({ password: 'bench-pw' }), startSilentServer()]);
  const rows = [];
  try {
    const cases = [
      ['kafka refused', { connector: 'kafka', config: { bootstrap_servers: '127.0.0.1:1' } }, () => kafkaPlain('127.0.0.1:1')],
      ['kafka wrong password', { connector: 'kafka', config: { bootstrap_servers: kafka.sasl, authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'alice', password: 'wrong' } } }, () => kafkaPlain(kafka.sasl, { mechanism: 'scram-sha-256', username: 'alice', password: 'wrong' })],
      ['kafka silent server', { connector: 'kafka', config: { bootstrap_servers: `127.0.0.1:${silent.port}` } }, () => kafkaPlain(`127.0.0.1:${silent.port}`)],
      ['kafka success', { connector: 'kafka', config: { bootstrap_servers: kafka.sasl, authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'alice', password: KAFKA_USERS.alice } } }, () => kafkaPlain(kafka.sasl, { mechanism: 'scram-sha-256', username: 'alice', password: KAFKA_USERS.alice })],
      ['redis refused', { connector: 'redis', config: { address: 'redis://127.0.0.1:1' } }, () => redisPlain('redis://127.0.0.1:1')],
      ['redis wrong password', { connector: 'redis', config: { address: redis.url, password: 'wrong' } }, () => redisPlain(redis.url, 'wrong')],
      ['redis silent server', { connector: 'redis', config: { address: `redis://127.0.0.1:${silent.port}` } }, () => redisPlain(`redis://127.0.0.1:${silent.port}`)],
      ['redis success', { connector: 'redis', config: { address: redis.url, password: 'bench-pw' } }, () => redisPlain(redis.url, 'bench-pw')],
    ];
    for (const [name, draft, plain] of cases) {
      const ours = await testProfile({ name: 'bench', ...draft }, { deadlineMs: 10_000 });
      const peer = await plainClient(plain);
      rows.push({ name: `${name}: ddl-profiles (${ours.ok ? 'ok' : ours.error.code})`, value: ours.durationMs, unit: 'ms' });
      rows.push({ name: `${name}: plain client, defaults${peer.settled ? '' : ` (did not settle in ${CAP_MS / 1000} s)`}`, value: peer.settled ? peer.ms : `> ${CAP_MS}`, unit: 'ms' });
      rows.push({ name: `${name}: ours / plain`, value: peer.settled ? ours.durationMs / peer.ms : `< ${(ours.durationMs / CAP_MS).toFixed(2)}`, unit: 'x' });
    }
  } finally {
    await Promise.all([kafka.stop(), redis.stop(), silent.close()]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows('live tests: time to verdict', await benchTester());
