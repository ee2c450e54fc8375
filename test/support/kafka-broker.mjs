import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from './free-port.mjs';

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
  await execFileAsync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${libs}`], { maxBuffer: 16 * 1024 * 1024 });
  return libs;
}

function java(libs, args, options = {}) {
  return execFileAsync('java', ['-cp', join(libs, '*'), ...args], { maxBuffer: 16 * 1024 * 1024, ...options });
}

/**
 * Starts a real Apache Kafka broker (KRaft, combined broker and controller) on free
 * loopback ports: PLAINTEXT, SASL_PLAINTEXT with PLAIN and SCRAM-SHA-256/512, and a
 * second SASL listener that enables PLAIN only. Waits until it answers metadata.
 */
export async function startKafka() {
  const libs = await ensureKafkaJars();
  const dir = mkdtempSync(join(tmpdir(), 'ddl-kafka-'));
  const [plaintext, sasl, plainOnly, controller] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const plain = (users) => `org.apache.kafka.common.security.plain.PlainLoginModule required ${Object.entries(users).map(([u, p]) => `user_${u}="${p}"`).join(' ')};`;
  const properties = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${plaintext},SASL_PLAINTEXT://127.0.0.1:${sasl},PLAINONLY://127.0.0.1:${plainOnly},CONTROLLER://127.0.0.1:${controller}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${plaintext},SASL_PLAINTEXT://127.0.0.1:${sasl},PLAINONLY://127.0.0.1:${plainOnly}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,PLAINONLY:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
    'listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
    `listener.name.sasl_plaintext.plain.sasl.jaas.config=${plain(KAFKA_USERS)}`,
    'listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'listener.name.plainonly.sasl.enabled.mechanisms=PLAIN',
    `listener.name.plainonly.plain.sasl.jaas.config=${plain(KAFKA_USERS)}`,
    `log.dirs=${join(dir, 'logs')}`,
    'num.partitions=1',
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'share.coordinator.state.topic.replication.factor=1',
  ].join('\n');
  writeFileSync(join(dir, 'server.properties'), properties);
  writeFileSync(
    join(dir, 'log4j.properties'),
    ['log4j.rootLogger=WARN, file', 'log4j.appender.file=org.apache.log4j.FileAppender', `log4j.appender.file.File=${join(dir, 'server.log')}`, 'log4j.appender.file.layout=org.apache.log4j.PatternLayout', 'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n'].join('\n'),
  );
  const log4j = `-Dlog4j.configuration=file:${join(dir, 'log4j.properties')}`;
  const clusterId = (await java(libs, [log4j, 'kafka.tools.StorageTool', 'random-uuid'])).stdout.trim().split('\n').at(-1);
  const scram = Object.entries(KAFKA_USERS).flatMap(([name, password]) => ['SCRAM-SHA-256', 'SCRAM-SHA-512'].flatMap((m) => ['--add-scram', `${m}=[name=${name},password=${password}]`]));
  await java(libs, [log4j, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', join(dir, 'server.properties'), ...scram]);

  const child = spawn('java', ['-Xms256m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', log4j, '-cp', join(libs, '*'), 'kafka.Kafka', join(dir, 'server.properties')], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const admin = new Kafka({ clientId: 'harness', brokers: [`127.0.0.1:${plaintext}`], logLevel: logLevel.NOTHING, retry: { retries: 0 }, connectionTimeout: 1000, requestTimeout: 3000 }).admin();
  const until = Date.now() + 180_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the Kafka broker exited with ${child.exitCode}: ${existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000) : ''}`);
      try {
        await admin.connect();
        const { brokers } = await admin.describeCluster();
        if (brokers.length > 0) break;
      } catch {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > until) throw new Error('the Kafka broker did not answer metadata within 180 s');
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    plaintext: `127.0.0.1:${plaintext}`,
    sasl: `127.0.0.1:${sasl}`,
    plainOnly: `127.0.0.1:${plainOnly}`,
    async createTopic(topic, partitions = 1) {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
    },
    async listTopics() {
      return admin.listTopics();
    },
    async stop() {
      await admin.disconnect().catch(() => undefined);
      await stop();
    },
  };
}
