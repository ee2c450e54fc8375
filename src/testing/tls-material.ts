import { readFile } from 'node:fs/promises';
import { TestFailure } from './test-failure.js';

/**
 * A certificate or key given in a profile, as PEM text or as the path of a PEM file on
 * the machine that runs the test (Arroyo's MQTT and RabbitMQ profiles name files). A
 * file that cannot be read is a `config` failure naming the field, never its contents.
 *
 * @example
 * ```ts
 * const ca = await readTlsMaterial(profile.tls.ca, 'tls.ca'); // '-----BEGIN CERTIFICATE-----…'
 * ```
 */
export async function readTlsMaterial(value: string, field: string): Promise<string> {
  if (value.trimStart().startsWith('-----BEGIN')) return value;
  try {
    return await readFile(value, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new TestFailure(
      'config',
      `${field} names a file this machine cannot read (${reason})`,
      `give ${field} as PEM text, or as the path of a PEM file readable where the test runs`,
    );
  }
}
