import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { withFreePorts } from './free-port.mjs';
import { makeCertificates } from './tls-certificates.mjs';

const execFileAsync = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const POM = join(here, 'kafka', 'pom.xml');
const KAFKA_VERSION = /<kafka.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))[1];

/** The users the broker knows: PLAIN through the listener's JAAS config, SCRAM added at format time. */
export const KAFKA_USERS = { alice: 'alice-secret', bob: 'bob-secret' };

/** Where the broker's jars are cached between runs. */
export function kafkaLibDir() {
  return join(process.env.DDL_PROFILES_CACHE ?? join(homedir(), '.cache', 'ddl-profiles'), `kafka-${KAFKA_VERSION}`, 'libs');
}

/** Resolves the broker's runtime jars from Maven Central once; later runs reuse the cache. */
export async function ensureKafkaJars() {
  const libs = kafkaLibDir();
  if (existsSync(libs) && readdirSync(libs).some((f) => f.startsWith('kafka_2.13-'))) return libs;
  mkdirSync(libs, { recursive: true });
  await execFileAsync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${libs}`],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return libs;
}

function java(libs, args, options = {}) {
  return execFileAsync('java', ['-cp', join(libs, '*'), ...args], { maxBuffer: 16 * 1024 * 1024, ...options });
}

const plainJaas = (users) =>
  `org.apache.kafka.common.security.plain.PlainLoginModule required ${Object.entries(users)
    .map(([u, p]) => `user_${u}="${p}"`)
    .join(' ')};`;

/** The broker's settings for one set of ports. */
function brokerProperties(dir, { plaintext, sasl, plainOnly, ssl, saslSsl, controller }) {
  const scramJaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';
  const saslListener = (name) => [
    `listener.name.${name}.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512`,
    `listener.name.${name}.plain.sasl.jaas.config=${plainJaas(KAFKA_USERS)}`,
    `listener.name.${name}.scram-sha-256.sasl.jaas.config=${scramJaas}`,
    `listener.name.${name}.scram-sha-512.sasl.jaas.config=${scramJaas}`,
  ];
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${plaintext},SASL_PLAINTEXT://127.0.0.1:${sasl},PLAINONLY://127.0.0.1:${plainOnly},SSL://127.0.0.1:${ssl},SASL_SSL://127.0.0.1:${saslSsl},CONTROLLER://127.0.0.1:${controller}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${plaintext},SASL_PLAINTEXT://127.0.0.1:${sasl},PLAINONLY://127.0.0.1:${plainOnly},SSL://127.0.0.1:${ssl},SASL_SSL://127.0.0.1:${saslSsl}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,PLAINONLY:SASL_PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
    ...saslListener('sasl_plaintext'),
    ...saslListener('sasl_ssl'),
    // The SSL and SASL_SSL listeners present a certificate our test CA signed (PEM: key, then chain).
    'ssl.keystore.type=PEM',
    `ssl.keystore.location=${join(dir, 'keystore.pem')}`,
    'ssl.client.auth=none',
    'listener.name.plainonly.sasl.enabled.mechanisms=PLAIN',
    `listener.name.plainonly.plain.sasl.jaas.config=${plainJaas(KAFKA_USERS)}`,
    `log.dirs=${join(dir, 'logs')}`,
    'num.partitions=1',
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'share.coordinator.state.topic.replication.factor=1',
  ].join('\n');
}

/**
 * One attempt at a broker on the given ports, in a fresh folder: format, launch, wait for
 * metadata. On failure it stops the broker, removes the folder, and throws with the tail
 * of the broker's log (a port taken by someone else shows there as "Address already in use").
 */
async function startBrokerOn(libs, ports, certificates) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-kafka-'));
  const logFile = join(dir, 'server.log');
  writeFileSync(join(dir, 'keystore.pem'), `${certificates.server.key.trim()}\n${certificates.server.cert.trim()}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'server.properties'), brokerProperties(dir, ports));
  writeFileSync(
    join(dir, 'log4j.properties'),
    [
      'log4j.rootLogger=WARN, file',
      'log4j.appender.file=org.apache.log4j.FileAppender',
      `log4j.appender.file.File=${logFile}`,
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    ].join('\n'),
  );
  const log4j = `-Dlog4j.configuration=file:${join(dir, 'log4j.properties')}`;
  let child;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const admin = new Kafka({
    clientId: 'harness',
    brokers: [`127.0.0.1:${ports.plaintext}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1000,
    requestTimeout: 3000,
  }).admin();
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const logTail = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '');
  try {
    const clusterId = (await java(libs, [log4j, 'kafka.tools.StorageTool', 'random-uuid'])).stdout.trim().split('\n').at(-1);
    const scram = Object.entries(KAFKA_USERS).flatMap(([name, password]) =>
      ['SCRAM-SHA-256', 'SCRAM-SHA-512'].flatMap((m) => ['--add-scram', `${m}=[name=${name},password=${password}]`]),
    );
    await java(libs, [log4j, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', join(dir, 'server.properties'), ...scram]);
    child = spawn(
      'java',
      [
        '-Xms256m',
        '-Xmx512m',
        '-XX:+UseSerialGC',
        '-XX:TieredStopAtLevel=1',
        log4j,
        '-cp',
        join(libs, '*'),
        'kafka.Kafka',
        join(dir, 'server.properties'),
      ],
      { stdio: 'ignore' },
    );
    const until = Date.now() + 180_000;
    for (;;) {
      if (exited()) throw new Error(`the Kafka broker exited with ${child.exitCode ?? child.signalCode}: ${logTail()}`);
      try {
        await admin.connect();
        const { brokers } = await admin.describeCluster();
        // Answered, and by our broker: one that lost a port to someone else has exited by now.
        if (brokers.length > 0 && !exited()) break;
      } catch {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > until) throw new Error(`the Kafka broker did not answer metadata within 180 s: ${logTail()}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    await admin.disconnect().catch(() => undefined);
    await stop();
    throw error;
  }
  return { admin, stop };
}

/**
 * Starts a real Apache Kafka broker (KRaft, combined broker and controller) on free
 * loopback ports: PLAINTEXT; SASL_PLAINTEXT with PLAIN and SCRAM-SHA-256/512; a second
 * SASL listener that enables PLAIN only; SSL; and SASL_SSL with the three mechanisms.
 * The TLS listeners use a CA and a certificate (for localhost and 127.0.0.1) made at
 * start with openssl. Waits until it answers metadata. A port taken before the broker
 * bound it starts the broker again on new ports; a failed start leaves nothing running.
 */
export async function startKafka() {
  const libs = await ensureKafkaJars();
  const certificates = await makeCertificates();
  const names = ['plaintext', 'sasl', 'plainOnly', 'ssl', 'saslSsl', 'controller'];
  let started;
  try {
    started = await withFreePorts('the Kafka broker', names.length, async (drawn) => {
      const ports = Object.fromEntries(names.map((name, i) => [name, drawn[i]]));
      return { ports, ...(await startBrokerOn(libs, ports, certificates)) };
    });
  } catch (error) {
    certificates.remove();
    throw error;
  }
  const { ports, admin, stop } = started;
  return {
    plaintext: `127.0.0.1:${ports.plaintext}`,
    sasl: `127.0.0.1:${ports.sasl}`,
    plainOnly: `127.0.0.1:${ports.plainOnly}`,
    ssl: `127.0.0.1:${ports.ssl}`,
    saslSsl: `127.0.0.1:${ports.saslSsl}`,
    ca: certificates.ca,
    caFile: certificates.caFile,
    async createTopic(topic, partitions = 1) {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
    },
    async listTopics() {
      return admin.listTopics();
    },
    async stop() {
      await admin.disconnect().catch(() => undefined);
      await stop();
      certificates.remove();
    },
  };
}
