/**
 * A mixed load against the REST API: `requests` requests from `clients` concurrent
 * clients (creates, reads, lists, resolves, connector listings), over real HTTP.
 * Returns every response's status and latency, and the names of the profiles created.
 */
export async function loadRun(base, token, { requests = 2000, clients = 50 } = {}) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = [];
  const results = [];
  let next = 0;
  const kinds = ['create', 'get', 'list', 'resolve', 'create', 'get', 'connectors', 'get'];
  async function one(i) {
    const kind = kinds[i % kinds.length];
    const name = `load-${i}`;
    let request;
    if (kind === 'create')
      request = [
        `${base}/v1/connection_profiles`,
        {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name,
            connector: 'kafka',
            config: { bootstrap_servers: `k${i}:9092`, authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'load-pw' } },
          }),
        },
      ];
    else if (kind === 'get')
      request = [`${base}/v1/connection_profiles/${created.length > 0 ? created[i % created.length] : 'seed'}`, { headers }];
    else if (kind === 'list') request = [`${base}/v1/connection_profiles?limit=20`, { headers }];
    else if (kind === 'connectors') request = [`${base}/v1/connectors`, { headers }];
    else
      request = [
        `${base}/v1/resolve`,
        {
          method: 'POST',
          headers,
          body: JSON.stringify({ sql: "CREATE TABLE o (id BIGINT) WITH (connection_profile = 'seed', topic = 'o', format = 'json');" }),
        },
      ];
    const start = performance.now();
    const response = await fetch(...request);
    const body = await response.text();
    results.push({ kind, status: response.status, ms: performance.now() - start, body });
    if (kind === 'create' && response.status === 201) created.push(name);
  }
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) await one(next++);
    }),
  );
  return { results, created, seconds: (performance.now() - started) / 1000 };
}
