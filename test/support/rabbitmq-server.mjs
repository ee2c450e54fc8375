import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withFreePorts } from './free-port.mjs';
import { launchServer } from './server-process.mjs';

const run = promisify(execFile);

/** The broker's user, and the virtual host it owns. */
export const RABBITMQ_USER = { username: 'alice', password: 'alice-rabbit-pw', virtualHost: 'ddl-test' };

/** Where Debian installs RabbitMQ's scripts (the ones in /usr/sbin switch to the rabbitmq user). */
const BIN = '/usr/lib/rabbitmq/bin';

function config({ amqp, stream, streamTls }, certificates) {
  return [
    `listeners.tcp.1 = 127.0.0.1:${amqp}`,
    `stream.listeners.tcp.1 = 127.0.0.1:${stream}`,
    `stream.listeners.ssl.1 = 127.0.0.1:${streamTls}`,
    'stream.advertised_host = localhost',
    `ssl_options.cacertfile = ${certificates.caFile}`,
    `ssl_options.certfile = ${certificates.server.certFile}`,
    `ssl_options.keyfile = ${certificates.server.keyFile}`,
    'ssl_options.verify = verify_none',
    'ssl_options.fail_if_no_peer_cert = false',
    `default_user = ${RABBITMQ_USER.username}`,
    `default_pass = ${RABBITMQ_USER.password}`,
    `default_vhost = ${RABBITMQ_USER.virtualHost}`,
    'loopback_users = none',
    'log.console = true',
    'log.console.level = warning',
    'log.file = false',
    '',
  ].join('\n');
}

/**
 * Starts Debian's `rabbitmq-server` as a node of its own in a temporary folder: its own
 * node name, Mnesia and log folders, config, Erlang cookie (HOME) and epmd on a free
 * loopback port, with the `rabbitmq_stream` plugin listening on a plain and a TLS port
 * (certificate from `certificates`), and one user owning one virtual host
 * (`RABBITMQ_USER`). `stop()` stops the node cleanly, then its epmd. A start that
 * fails half-way stops what it started; one that found a port taken is tried again on new ports.
 */
export async function startRabbitMq({ certificates }) {
  return withFreePorts('rabbitmq-server', 5, async ([amqp, stream, streamTls, dist, epmd]) => {
    const dir = mkdtempSync(join(tmpdir(), 'ddl-rabbitmq-'));
    const ports = { amqp, stream, streamTls, dist, epmd };
    const node = `ddl-test-${ports.stream}@localhost`;
    writeFileSync(join(dir, 'rabbitmq.conf'), config(ports, certificates));
    writeFileSync(join(dir, 'enabled_plugins'), '[rabbitmq_stream].\n');
    writeFileSync(join(dir, 'rabbitmq-env.conf'), '');
    mkdirSync(join(dir, 'log'));
    const env = {
      HOME: dir,
      RABBITMQ_NODENAME: node,
      RABBITMQ_USE_LONGNAME: 'false',
      RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
      RABBITMQ_LOG_BASE: join(dir, 'log'),
      RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq.conf'),
      RABBITMQ_ADVANCED_CONFIG_FILE: join(dir, 'advanced.config'),
      RABBITMQ_CONF_ENV_FILE: join(dir, 'rabbitmq-env.conf'),
      RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
      RABBITMQ_PID_FILE: join(dir, 'rabbitmq.pid'),
      RABBITMQ_DIST_PORT: String(ports.dist),
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
      ERL_EPMD_PORT: String(ports.epmd),
      ERL_EPMD_ADDRESS: '127.0.0.1',
    };
    const stopEpmd = () => run('epmd', ['-port', String(ports.epmd), '-kill'], { env: { ...process.env, ...env } }).catch(() => undefined);
    const cleanUp = async () => {
      await stopEpmd();
      rmSync(dir, { recursive: true, force: true });
    };
    let server;
    try {
      server = await launchServer({
        name: 'rabbitmq-server',
        command: join(BIN, 'rabbitmq-server'),
        env,
        cwd: dir,
        ports: [ports.stream, ports.streamTls],
        readyMs: 180_000,
        stopMs: 30_000,
      });
    } catch (error) {
      await cleanUp();
      throw error;
    }
    const ctl = (...args) => run(join(BIN, 'rabbitmqctl'), ['-n', node, ...args], { env: { ...process.env, ...env }, cwd: dir });
    return {
      host: '127.0.0.1',
      port: ports.stream,
      tlsPort: ports.streamTls,
      ctl,
      output: server.output,
      /** Declares a stream in the user's virtual host (rabbitmqctl has no command for it; this is what one runs). */
      createStream: (name) =>
        ctl(
          'eval',
          `rabbit_amqqueue:declare(rabbit_misc:r(<<"${RABBITMQ_USER.virtualHost}">>, queue, <<"${name}">>), true, false, [{<<"x-queue-type">>, longstr, <<"stream">>}], none, <<"${RABBITMQ_USER.username}">>).`,
        ),
      stop: async () => {
        await server.stop();
        await cleanUp();
      },
    };
  });
}
