import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withFreePorts } from './free-port.mjs';
import { commandPath, launchServer } from './server-process.mjs';

const run = promisify(execFile);

/** The users of the test broker: name → password. */
export const MQTT_USERS = { alice: 'alice-mqtt-pw', bob: 'bob-mqtt-pw' };

/**
 * What each user may do: alice reads and writes `orders/#` and reads `sensors/#`;
 * bob reads `public/#` only.
 */
const ACL = ['user alice', 'topic readwrite orders/#', 'topic read sensors/#', '', 'user bob', 'topic read public/#', ''].join('\n');

/**
 * Starts Debian's `mosquitto` on free loopback ports, with a password file
 * (`MQTT_USERS`), an ACL, no anonymous access, and two listeners: plain MQTT (`tcp`) and
 * MQTT over TLS with a certificate from `certificates` (`tls`). A start that finds a port taken stops the broker and is tried again on new ports.
 */
export async function startMosquitto({ certificates }) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-mosquitto-'));
  try {
    const passwords = join(dir, 'passwd');
    writeFileSync(passwords, '');
    for (const [user, password] of Object.entries(MQTT_USERS))
      await run(commandPath('mosquitto_passwd'), ['-b', passwords, user, password]);
    writeFileSync(join(dir, 'acl'), ACL);
    return await withFreePorts('mosquitto', 2, async ([tcp, tls]) => {
      const conf = join(dir, 'mosquitto.conf');
      writeFileSync(
        conf,
        [
          // As root, mosquitto would switch to its own user, who cannot read this private folder.
          ...(process.getuid?.() === 0 ? ['user root'] : []),
          'per_listener_settings false',
          'allow_anonymous false',
          `password_file ${passwords}`,
          `acl_file ${join(dir, 'acl')}`,
          'persistence false',
          'log_dest stderr',
          'log_type error',
          'log_type warning',
          `listener ${tcp} 127.0.0.1`,
          `listener ${tls} 127.0.0.1`,
          `cafile ${certificates.caFile}`,
          `certfile ${certificates.server.certFile}`,
          `keyfile ${certificates.server.keyFile}`,
          '',
        ].join('\n'),
      );
      const server = await launchServer({ name: 'mosquitto', command: commandPath('mosquitto'), args: ['-c', conf], ports: [tcp, tls] });
      return {
        tcp: `tcp://127.0.0.1:${tcp}`,
        tls: `ssl://localhost:${tls}`,
        ports: { tcp, tls },
        stop: async () => {
          await server.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
