// Runs testProfile on the drafts read from standard input ({ drafts, deadlineMs }) and
// prints their verdicts as JSON. Started by runInChild with NODE_EXTRA_CA_CERTS, so a
// tester that trusts only the system's CAs (Confluent Cloud's) also trusts a test CA.
import { testProfile } from '../../dist/index.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { drafts, deadlineMs, tables } = JSON.parse(input);
const results = [];
for (const draft of drafts) results.push(await testProfile(draft, { deadlineMs }));
if (tables) {
  const { openCatalog } = await import('../../dist/index.js');
  const catalog = await openCatalog();
  try {
    for (const profile of tables.profiles) await catalog.profiles.create(profile);
    for (const table of tables.tables) {
      await catalog.tables.register(table);
      results.push(await catalog.tables.test(table.name, { deadlineMs }));
    }
  } finally {
    await catalog.close();
  }
}
process.stdout.write(JSON.stringify(results));
