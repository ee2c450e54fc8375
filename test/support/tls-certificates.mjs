import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes, with openssl, a throw-away CA and a server certificate it signs for
 * `localhost` and 127.0.0.1, plus a client certificate. Files sit in one temporary
 * folder (`remove()` deletes it); the PEM texts are returned too.
 */
export async function makeCertificates() {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-certs-'));
  const file = (name) => join(dir, name);
  const openssl = (...args) => run('openssl', args, { cwd: dir });
  try {
    await openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=ddl-profiles test CA',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
    );
    writeFileSync(file('server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    writeFileSync(file('client.ext'), 'extendedKeyUsage=clientAuth\n');
    for (const [name, cn] of [
      ['server', 'localhost'],
      ['client', 'ddl-profiles test client'],
    ]) {
      await openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${cn}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
      await openssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2',
        '-extfile',
        `${name}.ext`,
        '-out',
        `${name}.pem`,
      );
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const pair = (name) => ({
    certFile: file(`${name}.pem`),
    keyFile: file(`${name}.key`),
    cert: readFileSync(file(`${name}.pem`), 'utf8'),
    key: readFileSync(file(`${name}.key`), 'utf8'),
  });
  return {
    dir,
    caFile: file('ca.pem'),
    ca: readFileSync(file('ca.pem'), 'utf8'),
    server: pair('server'),
    client: pair('client'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
