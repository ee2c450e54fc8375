import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeAccount, encodeOperator, encodeUser } from '@nats-io/jwt';
import { createAccount, createOperator, createUser } from '@nats-io/nkeys';
import { withFreePorts } from './free-port.mjs';
import { commandPath, launchServer } from './server-process.mjs';

/** The users of the password-protected NATS servers: name → password. */
export const NATS_USERS = { alice: 'alice-nats-pw', bob: 'bob-nats-pw' };

/** An account's limits with nothing limited (the library's default of 0 allows no connection). */
const UNLIMITED = { conn: -1, subs: -1, data: -1, payload: -1, imports: -1, exports: -1, leaf: -1, wildcards: true };

const text = (bytes) => new TextDecoder().decode(bytes);

/**
 * Operator, account and user keys and JWTs, made fresh: the operator signs the account,
 * the account signs the user. `stranger` is a user signed by an account the server
 * does not know.
 */
async function makeJwtIdentities() {
  const operator = createOperator();
  const account = createAccount();
  const user = createUser();
  const otherAccount = createAccount();
  const stranger = createUser();
  return {
    operatorJwt: await encodeOperator('ddl-test-operator', operator),
    accountKey: account.getPublicKey(),
    accountJwt: await encodeAccount('ddl-test-account', account, { limits: UNLIMITED }, { signer: operator }),
    user: { jwt: await encodeUser('carol', user, account), seed: text(user.getSeed()) },
    stranger: { jwt: await encodeUser('mallory', stranger, otherAccount), seed: text(stranger.getSeed()) },
  };
}

const usersBlock = () =>
  `authorization {\n  users: [\n${Object.entries(NATS_USERS)
    .map(
      ([user, password]) =>
        `    { user: ${user}, password: "${password}"${user === 'bob' ? ', permissions: { subscribe: { allow: ["public.>"] }, publish: { allow: ["public.>"] } }' : ''} }`,
    )
    .join('\n')}\n  ]\n}`;

async function launchNats(name, dir, body) {
  return withFreePorts(`nats-server (${name})`, 1, async ([port]) => {
    const file = join(dir, `${name}.conf`);
    writeFileSync(file, `listen: "127.0.0.1:${port}"\nserver_name: ${name}\n${body}\n`);
    const server = await launchServer({
      name: `nats-server (${name})`,
      command: commandPath('nats-server'),
      args: ['-c', file],
      ports: [port],
    });
    return { port, url: `nats://127.0.0.1:${port}`, stop: server.stop };
  });
}

/**
 * Starts three Debian `nats-server` processes on free loopback ports, sharing one
 * temporary folder:
 * - `users`: users with passwords (`NATS_USERS`; bob may only use `public.>`), JetStream on;
 * - `jwt`: operator mode, one account preloaded, a user JWT and NKey seed for it;
 * - `tls`: TLS required with a certificate from `certificates`, the same users.
 * A set-up that fails half-way stops what it had started.
 */
export async function startNats({ certificates }) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-nats-'));
  const started = [];
  const stopAll = async () => {
    await Promise.all(started.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const identities = await makeJwtIdentities();
    const users = await launchNats(
      'users',
      dir,
      `${usersBlock()}\njetstream { store_dir: "${join(dir, 'js')}", max_memory_store: 64MB, max_file_store: 64MB }`,
    );
    started.push(users);
    const jwt = await launchNats(
      'jwt',
      dir,
      `operator: ${identities.operatorJwt}\nresolver: MEMORY\nresolver_preload: { ${identities.accountKey}: ${identities.accountJwt} }`,
    );
    started.push(jwt);
    const tls = await launchNats(
      'tls',
      dir,
      `${usersBlock()}\ntls { cert_file: "${certificates.server.certFile}", key_file: "${certificates.server.keyFile}", timeout: 2 }`,
    );
    started.push(tls);
    return { users, jwt, tls, identities, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
