// Runs failing and passing live tests, then does nothing: the process must exit by itself.
// It prints the verdicts' codes ('ok' for a pass) as a JSON array.
import { testProfile } from '../../dist/index.js';
import { startSilentServer } from '../support/silent-server.mjs';

const { REDIS_URL, KAFKA_PLAINTEXT, KAFKA_SASL } = process.env;
const silent = await startSilentServer();
const silentPort = silent.port;

// LEAK_DRAFTS (JSON, `{{SILENT}}` standing for the silent server's port) replaces the default list.
const given = process.env.LEAK_DRAFTS && JSON.parse(process.env.LEAK_DRAFTS.replaceAll('{{SILENT}}', String(silentPort)));
const drafts = given || [
  { connector: 'redis', config: { address: REDIS_URL } },
  { connector: 'redis', config: { address: 'redis://127.0.0.1:1' } },
  { connector: 'redis', config: { address: `redis://127.0.0.1:${silentPort}` } },
  { connector: 'kafka', config: { bootstrap_servers: KAFKA_PLAINTEXT } },
  {
    connector: 'kafka',
    config: { bootstrap_servers: KAFKA_SASL, authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'alice', password: 'wrong' } },
  },
  { connector: 'kafka', config: { bootstrap_servers: `127.0.0.1:${silentPort}` } },
];
const verdicts = [];
for (const draft of drafts) {
  // A silent server holds its test to the deadline: keep that one short. The others get
  // room for a first kafkajs import on a busy machine.
  const silentOne = JSON.stringify(draft.config).includes(`:${silentPort}`);
  const result = await testProfile({ name: 'leak', ...draft }, { deadlineMs: silentOne ? 1_500 : 5_000 });
  verdicts.push(result.ok ? 'ok' : result.error.code);
}
await silent.close();
console.log(JSON.stringify(verdicts));
