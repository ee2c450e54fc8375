import { Kafka, logLevel } from 'kafkajs';
import { Redis } from 'ioredis';
import { testProfile } from '../dist/index.js';
import { KAFKA_USERS, startKafka } from '../test/support/kafka-broker.mjs';
import { MQTT_USERS, startMosquitto } from '../test/support/mosquitto-server.mjs';
import { NATS_USERS, startNats } from '../test/support/nats-server.mjs';
import { RABBITMQ_USER, startRabbitMq } from '../test/support/rabbitmq-server.mjs';
import { startRedis } from '../test/support/redis-server.mjs';
import { startSilentServer } from '../test/support/silent-server.mjs';
import { runInChild } from '../test/support/run-in-child.mjs';
import { startAll } from '../test/support/start-all.mjs';
import { makeCertificates } from '../test/support/tls-certificates.mjs';
import { printRows } from './timing.mjs';

const CAP_MS = 20_000;

/**
 * Time until a plain client with its defaults settles, capped: some never do on a silent
 * server. `run` may register cleanups with its `defer` argument (a client that keeps
 * reconnecting after the cap is ended there); a client that crashes with an uncaught
 * exception settles as `crashed`.
 */
async function plainClient(run) {
  const start = performance.now();
  const cleanups = [];
  let timer;
  let crash;
  const crashed = new Promise((resolve) => (crash = (error) => resolve(`crashed: ${error?.message ?? error}`)));
  process.on('uncaughtException', crash);
  const capped = new Promise((resolve) => (timer = setTimeout(() => resolve('capped'), CAP_MS)));
  const outcome = await Promise.race([
    run((cleanup) => cleanups.push(cleanup)).then(
      () => 'ok',
      () => 'error',
    ),
    capped,
    crashed,
  ]);
  const ms = performance.now() - start;
  clearTimeout(timer);
  for (const cleanup of cleanups)
    await Promise.resolve()
      .then(cleanup)
      .catch(() => undefined);
  process.off('uncaughtException', crash);
  return { ms, settled: outcome !== 'capped', outcome };
}

async function kafkaPlain(brokers, sasl, ssl) {
  const admin = new Kafka({
    clientId: 'bench',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    ...(sasl ? { sasl } : {}),
    ...(ssl ? { ssl } : {}),
  }).admin();
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

const middle = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/**
 * For each case `[name, draft, plain, runs = 1, trust?]`: our verdict's time, the plain
 * client's, and their ratio; with `runs` above 1, the two alternate and each figure is a
 * median. With `trust` (a CA file), our test runs in a child process that trusts it too
 * (NODE_EXTRA_CA_CERTS), as a Confluent profile needs; its time is measured there.
 */
async function measure(cases) {
  const rows = [];
  for (const [name, draft, plain, runs = 1, trust] of cases) {
    const ours = [];
    const peers = [];
    for (let i = 0; i < runs; i++) {
      const profile = { name: 'bench', ...draft };
      ours.push(
        trust
          ? (await runInChild(trust, { drafts: [profile], deadlineMs: 10_000 }))[0]
          : await testProfile(profile, { deadlineMs: 10_000 }),
      );
      peers.push(await plainClient(plain));
    }
    const oursMs = middle(ours.map((r) => r.durationMs));
    const peer = { ...peers.at(-1), ms: middle(peers.map((p) => p.ms)), settled: peers.every((p) => p.settled) };
    const verdict = ours.at(-1);
    rows.push({ name: `${name}: ddl-profiles (${verdict.ok ? 'ok' : verdict.error.code})`, value: oursMs, unit: 'ms' });
    rows.push({
      name: `${name}: plain client, defaults${peer.settled ? '' : ` (did not settle in ${CAP_MS / 1000} s)`}${peer.outcome.startsWith('crashed') ? ` (${peer.outcome})` : ''}`,
      value: peer.settled ? peer.ms : `> ${CAP_MS}`,
      unit: 'ms',
    });
    rows.push({ name: `${name}: ours / plain`, value: peer.settled ? oursMs / peer.ms : `< ${(oursMs / CAP_MS).toFixed(2)}`, unit: 'x' });
  }
  return rows;
}

/** Confluent Cloud's cases: SASL_SSL with PLAIN against the broker's SASL_SSL listener. */
function confluentCases(kafka, silent) {
  const cc = (bootstrap, secret) => ({ connector: 'confluent', config: { bootstrap_servers: bootstrap, key: 'alice', secret } });
  const plain = (bootstrap, password) => () =>
    kafkaPlain(bootstrap, { mechanism: 'plain', username: 'alice', password }, { ca: [kafka.ca] });
  return [
    ['confluent refused', cc('127.0.0.1:1', 'x'), plain('127.0.0.1:1', 'x'), 3],
    ['confluent wrong password', cc(kafka.saslSsl, 'wrong'), plain(kafka.saslSsl, 'wrong'), 3, kafka.caFile],
    ['confluent silent server', cc(`127.0.0.1:${silent.port}`, 'x'), plain(`127.0.0.1:${silent.port}`, 'x')],
    ['confluent success', cc(kafka.saslSsl, KAFKA_USERS.alice), plain(kafka.saslSsl, KAFKA_USERS.alice), 3, kafka.caFile],
  ];
}

/** Time to verdict of the Kafka, Confluent and Redis testers beside each plain client with its defaults, in one run. */
export async function benchKafkaRedisTesters() {
  const [kafka, redis, silent] = await startAll([startKafka(), startRedis({ password: 'bench-pw' }), startSilentServer()]);
  const rows = [];
  try {
    const cases = [
      ['kafka refused', { connector: 'kafka', config: { bootstrap_servers: '127.0.0.1:1' } }, () => kafkaPlain('127.0.0.1:1'), 3],
      [
        'kafka wrong password',
        {
          connector: 'kafka',
          config: {
            bootstrap_servers: kafka.sasl,
            authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'alice', password: 'wrong' },
          },
        },
        () => kafkaPlain(kafka.sasl, { mechanism: 'scram-sha-256', username: 'alice', password: 'wrong' }),
        5,
      ],
      [
        'kafka silent server',
        { connector: 'kafka', config: { bootstrap_servers: `127.0.0.1:${silent.port}` } },
        () => kafkaPlain(`127.0.0.1:${silent.port}`),
      ],
      [
        'kafka success',
        {
          connector: 'kafka',
          config: {
            bootstrap_servers: kafka.sasl,
            authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'alice', password: KAFKA_USERS.alice },
          },
        },
        () => kafkaPlain(kafka.sasl, { mechanism: 'scram-sha-256', username: 'alice', password: KAFKA_USERS.alice }),
        5,
      ],
      ...confluentCases(kafka, silent),
      ['redis refused', { connector: 'redis', config: { address: 'redis://127.0.0.1:1' } }, () => redisPlain('redis://127.0.0.1:1'), 5],
      [
        'redis wrong password',
        { connector: 'redis', config: { address: redis.url, password: 'wrong' } },
        () => redisPlain(redis.url, 'wrong'),
        5,
      ],
      [
        'redis silent server',
        { connector: 'redis', config: { address: `redis://127.0.0.1:${silent.port}` } },
        () => redisPlain(`redis://127.0.0.1:${silent.port}`),
      ],
      [
        'redis success',
        { connector: 'redis', config: { address: redis.url, password: 'bench-pw' } },
        () => redisPlain(redis.url, 'bench-pw'),
        5,
      ],
    ];
    rows.push(...(await measure(cases)));
  } finally {
    await Promise.all([kafka.stop(), redis.stop(), silent.close()]);
  }
  return rows;
}

/**
 * The issue's bound, read off the rows: a refused port gives `refused` within 250 ms, for
 * every connector measured (the median of its runs).
 */
function refusedWithin(rows, boundMs = 250) {
  const refused = rows
    .map((row) => ({ row, match: /^(\w+) refused: ddl-profiles \((\w+)\)$/.exec(row.name) }))
    .filter(({ match }) => match);
  const worst = Math.max(...refused.map(({ row }) => row.value));
  const all = refused.every(({ row, match }) => match[2] === 'refused' && row.value < boundMs);
  return [
    {
      name: `refused port: slowest of ${refused.map(({ match }) => match[1]).join(', ')}`,
      value: worst,
      unit: 'ms',
    },
    { name: `every connector 'refused' in under ${boundMs} ms`, value: all ? 'yes' : 'NO', unit: '' },
  ];
}

/** Time to verdict of every tester beside its plain client with its defaults, in one run. */
export async function benchTester() {
  const rows = [...(await benchKafkaRedisTesters()), ...(await benchBrokerTesters())];
  return [...rows, ...refusedWithin(rows)];
}

async function natsPlain(servers, user, pass, defer) {
  const { connect } = await import('@nats-io/transport-node');
  const nc = await connect({ servers, ...(user ? { user, pass } : {}) });
  defer(() => nc.close());
}

async function mqttPlain(url, username, password, defer) {
  const { connect } = await import('mqtt');
  const client = connect(url, { ...(username ? { username, password } : {}) });
  client.on('error', () => undefined);
  defer(() => client.endAsync(true));
  await new Promise((resolve, reject) => {
    client.once('connect', resolve);
    client.once('error', reject);
  });
}

async function rabbitPlain(port, password, defer) {
  const { connect } = await import('rabbitmq-stream-js-client');
  const client = await connect({
    hostname: '127.0.0.1',
    port,
    username: RABBITMQ_USER.username,
    password,
    vhost: RABBITMQ_USER.virtualHost,
  });
  defer(() => client.close());
}

/** Time to verdict of the NATS, MQTT and RabbitMQ Streams testers beside each plain client with its defaults, in one run. */
export async function benchBrokerTesters() {
  // Both sides load each client library before the clock runs.
  await Promise.all([import('@nats-io/transport-node'), import('@nats-io/jetstream'), import('mqtt'), import('rabbitmq-stream-js-client')]);
  const certificates = await makeCertificates();
  const [nats, mosquitto, rabbit, silent] = await startAll([
    startNats({ certificates }),
    startMosquitto({ certificates }),
    startRabbitMq({ certificates }),
    startSilentServer(),
  ]);
  const rabbitProfile = (port, password) => ({
    host: '127.0.0.1',
    port,
    username: RABBITMQ_USER.username,
    password,
    virtual_host: RABBITMQ_USER.virtualHost,
  });
  const cases = [
    [
      'nats refused',
      { connector: 'nats', config: { servers: 'nats://127.0.0.1:1' } },
      (d) => natsPlain('nats://127.0.0.1:1', undefined, undefined, d),
      5,
    ],
    [
      'nats wrong password',
      { connector: 'nats', config: { servers: nats.users.url, authentication: { username: 'alice', password: 'wrong' } } },
      (d) => natsPlain(nats.users.url, 'alice', 'wrong', d),
      5,
    ],
    [
      'nats silent server',
      { connector: 'nats', config: { servers: `nats://127.0.0.1:${silent.port}` } },
      (d) => natsPlain(`nats://127.0.0.1:${silent.port}`, undefined, undefined, d),
    ],
    [
      'nats success',
      { connector: 'nats', config: { servers: nats.users.url, authentication: { username: 'alice', password: NATS_USERS.alice } } },
      (d) => natsPlain(nats.users.url, 'alice', NATS_USERS.alice, d),
      5,
    ],
    [
      'mqtt refused',
      { connector: 'mqtt', config: { url: 'tcp://127.0.0.1:1' } },
      (d) => mqttPlain('tcp://127.0.0.1:1', undefined, undefined, d),
      5,
    ],
    [
      'mqtt wrong password',
      { connector: 'mqtt', config: { url: mosquitto.tcp, username: 'alice', password: 'wrong' } },
      (d) => mqttPlain(mosquitto.tcp, 'alice', 'wrong', d),
      5,
    ],
    [
      'mqtt silent server',
      { connector: 'mqtt', config: { url: `tcp://127.0.0.1:${silent.port}` } },
      (d) => mqttPlain(`tcp://127.0.0.1:${silent.port}`, undefined, undefined, d),
    ],
    [
      'mqtt success',
      { connector: 'mqtt', config: { url: mosquitto.tcp, username: 'alice', password: MQTT_USERS.alice } },
      (d) => mqttPlain(mosquitto.tcp, 'alice', MQTT_USERS.alice, d),
      5,
    ],
    ['rabbitmq refused', { connector: 'rabbitmq', config: rabbitProfile(1, 'x') }, (d) => rabbitPlain(1, 'x', d), 5],
    [
      'rabbitmq wrong password',
      { connector: 'rabbitmq', config: rabbitProfile(rabbit.port, 'wrong') },
      (d) => rabbitPlain(rabbit.port, 'wrong', d),
      5,
    ],
    ['rabbitmq silent server', { connector: 'rabbitmq', config: rabbitProfile(silent.port, 'x') }, (d) => rabbitPlain(silent.port, 'x', d)],
    [
      'rabbitmq success',
      { connector: 'rabbitmq', config: rabbitProfile(rabbit.port, RABBITMQ_USER.password) },
      (d) => rabbitPlain(rabbit.port, RABBITMQ_USER.password, d),
      5,
    ],
  ];
  const rows = [];
  try {
    rows.push(...(await measure(cases)));
  } finally {
    await Promise.all([nats.stop(), mosquitto.stop(), rabbit.stop(), silent.close()]);
    certificates.remove();
  }
  return rows;
}

// `node bench/tester.mjs brokers` runs the NATS, MQTT and RabbitMQ rows alone; `kafka`, the Kafka, Confluent and Redis rows.
if (import.meta.url === `file://${process.argv[1]}`) {
  const only = { brokers: benchBrokerTesters, kafka: benchKafkaRedisTesters }[process.argv[2]];
  printRows('live tests: time to verdict', only ? await only() : await benchTester());
}
