/** What Flink's planner said about one CREATE TABLE on one side. */
export interface FlinkVerdict {
  ok: boolean;
  /** Where a refusal came from: `ddl` (executeSql: syntax, types), `plan` (the connector's factory: options, formats), `request` (a malformed request). */
  stage?: 'request' | 'ddl' | 'plan';
  /** The top exception's message and the innermost cause's, at most about 2000 characters. */
  message?: string;
}

/** What a bounded query over one table gave back. */
export interface FlinkRead {
  ok: boolean;
  /** Each row's fields as Flink prints them (`String.valueOf`), `null` for SQL NULL; present when `ok`. */
  rows?: Array<Array<string | null>>;
  /** Where a refusal came from: as for a verdict, plus `run` (the job failed) and `timeout` (cancelled at the limit). */
  stage?: 'request' | 'ddl' | 'plan' | 'run' | 'timeout';
  message?: string;
}

/** A running Flink judge: one JVM, one streaming TableEnvironment (and a mini-cluster per read). */
export interface FlinkJudge {
  /** Milliseconds from spawning the JVM to its ready line. */
  startMs: number;
  /** Creates the table, plans reading it (`source`) or writing it (`sink`), then drops it. Requests are answered in order. */
  judge(ddl: string, side: 'source' | 'sink'): Promise<FlinkVerdict>;
  /**
   * Creates the table, runs `query` (a SELECT that ends: a bounded source) on a local
   * mini-cluster bound to 127.0.0.1, returns its rows, then drops the table. A job still
   * running after `limitMs` (default 60 s, counted from the request) is cancelled.
   */
  read(ddl: string, query: string, options?: { limitMs?: number }): Promise<FlinkRead>;
  /** Kills the JVM and removes its temporary folder; pending and later requests reject. */
  close(): Promise<void>;
}

/** Where the judge's classpath and compiled class are cached. */
export function flinkJudgeDir(): string;
/** Resolves the judge's jars from Maven Central and compiles it, once; returns its classpath (jars) and class folder. */
export function ensureFlinkJudge(): Promise<{ classpath: string; classes: string }>;
/** Starts the judge and waits (up to 120 s) until it is ready. */
export function startFlinkJudge(): Promise<FlinkJudge>;
