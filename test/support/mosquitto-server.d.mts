import type { TestCertificates } from './tls-certificates.mjs';

/** A mosquitto broker started for a test run: URLs of its plain and TLS listeners. */
export interface Mosquitto {
  tcp: string;
  tls: string;
  ports: { tcp: number; tls: number };
  stop(): Promise<void>;
}

/** The users of the test broker: name → password. */
export const MQTT_USERS: { alice: string; bob: string };

/** Starts mosquitto with a password file, an ACL and two listeners on free loopback ports. */
export function startMosquitto(options: { certificates: TestCertificates }): Promise<Mosquitto>;
