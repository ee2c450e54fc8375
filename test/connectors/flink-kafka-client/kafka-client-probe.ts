import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureFlinkJudge, flinkJudgeDir } from '../../support/flink-judge.mjs';

const execFileAsync = promisify(execFile);
const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'KafkaClientProbe.java');

/** What the probe's `configs` mode answers: the jar's version, its config names and types, Flink's source properties. */
export interface ProbedConfigs {
  version: string;
  configs: Record<string, string>;
  flinkSourceProperties: string[];
}

/** What the probe's `jaas` mode answers for one text: Kafka's reading of it, or its error (null when Kafka gave none). */
export type ProbedJaas = { module: string; flag: string; options: Record<string, string> } | { error: string | null };

/**
 * Runs KafkaClientProbe.java against the Flink judge's classpath (kafka-clients and Flink's
 * Kafka connector), compiled once per source and classpath into the judge's cache.
 */
export interface KafkaClientProbe {
  configs(): Promise<ProbedConfigs>;
  /** For each [name, value]: null when the client's ConfigDef parses and validates it, else Kafka's message. */
  values(pairs: readonly (readonly [string, string])[]): Promise<(string | null)[]>;
  jaas(texts: readonly string[]): Promise<ProbedJaas[]>;
}

/** Compiles the probe (when its class is missing) and returns a runner of its modes. */
export async function kafkaClientProbe(): Promise<KafkaClientProbe> {
  const { classpath } = await ensureFlinkJudge();
  const stamp = createHash('sha256')
    .update(`${readFileSync(SOURCE, 'utf8')}\n${classpath}`)
    .digest('hex')
    .slice(0, 16);
  const classes = join(flinkJudgeDir(), `kafka-client-probe-${stamp}`);
  if (!existsSync(join(classes, 'KafkaClientProbe.class'))) {
    mkdirSync(flinkJudgeDir(), { recursive: true });
    // Compiled aside and moved in whole, so that a run stopped half way leaves no half a class.
    const fresh = mkdtempSync(join(flinkJudgeDir(), 'kafka-client-probe-'));
    try {
      await execFileAsync('javac', ['-nowarn', '-cp', classpath, '-d', fresh, SOURCE]);
      if (!existsSync(classes)) renameSync(fresh, classes);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  const run = (mode: string, input?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const child = execFile(
        'java',
        ['-cp', `${classpath}${delimiter}${classes}`, 'KafkaClientProbe', mode],
        { maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
      );
      child.stdin?.end(input === undefined ? '' : JSON.stringify(input));
    });
  return {
    configs: () => run('configs') as Promise<ProbedConfigs>,
    values: (pairs) => run('values', pairs) as Promise<(string | null)[]>,
    jaas: (texts) => run('jaas', texts) as Promise<ProbedJaas[]>,
  };
}
