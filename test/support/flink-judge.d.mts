/** What Flink's planner said about one CREATE TABLE on one side. */
export interface FlinkVerdict {
  ok: boolean;
  /** Where a refusal came from: `ddl` (executeSql: syntax, types), `plan` (the connector's factory: options, formats), `request` (a malformed request). */
  stage?: 'request' | 'ddl' | 'plan';
  /** The top exception's message and the innermost cause's, at most about 2000 characters. */
  message?: string;
}

/** A running Flink judge: one JVM, one streaming TableEnvironment. */
export interface FlinkJudge {
  /** Milliseconds from spawning the JVM to its ready line. */
  startMs: number;
  /** Creates the table, plans reading it (`source`) or writing it (`sink`), then drops it. Requests are answered in order. */
  judge(ddl: string, side: 'source' | 'sink'): Promise<FlinkVerdict>;
  /** Kills the JVM and removes its temporary folder; pending and later requests reject. */
  close(): Promise<void>;
}

/** Where the judge's classpath and compiled class are cached. */
export function flinkJudgeDir(): string;
/** Resolves the judge's jars from Maven Central and compiles it, once; returns its classpath (jars) and class folder. */
export function ensureFlinkJudge(): Promise<{ classpath: string; classes: string }>;
/** Starts the judge and waits (up to 120 s) until it is ready. */
export function startFlinkJudge(): Promise<FlinkJudge>;
