/** A running PostgreSQL server started for a test run. */
export interface PostgresServer {
  url: string;
  password: string;
  port: number;
  /** Starts the server again after `stop()`. */
  start(): Promise<void>;
  /** Stops the server, keeping its data: an outage. */
  stop(): Promise<void>;
  /** Stops the server and removes its data. */
  dispose(): Promise<void>;
}

/** Starts a real PostgreSQL server (initdb into a temporary folder) on a free loopback port. */
export function startPostgres(): Promise<PostgresServer>;

/** The whole database at `url` as `pg_dump` writes it (schema and data, plain SQL). */
export function dumpDatabase(url: string): Promise<string>;
