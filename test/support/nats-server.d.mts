import type { TestCertificates } from './tls-certificates.mjs';

/** One nats-server process started for a test run. */
export interface NatsProcess {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** The three NATS servers of a test run, and the JWT identities of the operator-mode one. */
export interface NatsServers {
  users: NatsProcess;
  jwt: NatsProcess;
  tls: NatsProcess;
  identities: {
    operatorJwt: string;
    accountKey: string;
    accountJwt: string;
    user: { jwt: string; seed: string };
    stranger: { jwt: string; seed: string };
  };
  stop(): Promise<void>;
}

/** The users of the password-protected NATS servers: name → password. */
export const NATS_USERS: { alice: string; bob: string };

/** Starts the users, JWT and TLS NATS servers on free loopback ports. */
export function startNats(options: { certificates: TestCertificates }): Promise<NatsServers>;
