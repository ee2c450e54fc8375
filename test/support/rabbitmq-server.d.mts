import type { TestCertificates } from './tls-certificates.mjs';

/** A RabbitMQ node started for a test run, with the stream plugin on a plain and a TLS port. */
export interface RabbitMq {
  host: string;
  port: number;
  tlsPort: number;
  /** Runs rabbitmqctl against this node. */
  ctl(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  output(): string;
  /** Declares a stream in the test virtual host. */
  createStream(name: string): Promise<unknown>;
  stop(): Promise<void>;
}

/** The broker's user, and the virtual host it owns. */
export const RABBITMQ_USER: { username: string; password: string; virtualHost: string };

/** Starts rabbitmq-server as its own node in a temporary folder. */
export function startRabbitMq(options: { certificates: TestCertificates }): Promise<RabbitMq>;
