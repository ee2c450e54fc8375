import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'test-profiles-child.mjs');

/**
 * Tests drafts (and registered tables) with the built library in a child process that
 * trusts `caFile` besides the system's CAs (NODE_EXTRA_CA_CERTS, read only at start):
 * how an operator makes a tester that uses the system's CAs trust a private CA.
 */
export function runInChild(caFile, { drafts = [], tables, deadlineMs = 10_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`the test child exited with ${code}: ${stderr.slice(-2000)}`));
      }
    });
    child.stdin.end(JSON.stringify({ drafts, tables, deadlineMs }));
  });
}
