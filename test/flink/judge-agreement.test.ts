import { describe, expect, it } from 'vitest';
import { parseScript, resolve } from '../../src/index.js';
import type { FlinkVerdict } from '../support/flink-judge.mjs';
import { useFlinkJudge } from '../support/use-flink-judge.js';
import { type FlinkCase, type FlinkSide, loadFlinkCorpus, loadFlinkProfiles } from './flink-corpus.js';

// Issue 21, "How it is proven": the Flink corpus (test/flink/corpus, see its README) judged
// by Flink 2.2.1's own planner. First what Flink says of each case's "Flink sees" form, as
// its header states; then the resolver on each script, and the agreement between the two.

const corpus = loadFlinkCorpus();
const judged = corpus.filter((c) => c.flink.judged);
const profiles = loadFlinkProfiles();
const { judge } = useFlinkJudge();

/** The verdicts of one DDL on each side. */
async function judgeSides(ddl: string, sides: readonly FlinkSide[]): Promise<FlinkVerdict[]> {
  const verdicts: FlinkVerdict[] = [];
  for (const side of sides) verdicts.push(await judge(ddl, side));
  return verdicts;
}

/**
 * Flink's reason for a refusal: the causes under its top message (which lists every option
 * of the table), without the "Supported options:" lists that name every key a factory knows.
 */
function flinkReason(verdict: FlinkVerdict): string {
  const message = verdict.message ?? '';
  const causes = message.includes('\nCaused by: ') ? message.slice(message.indexOf('\nCaused by: ')) : message;
  return causes.replace(/Supported options:[\s\S]*?(?=\nCaused by: |$)/g, '');
}

/** A format's option is named by Flink within its option space (`'fail-on-missing-field'` in `json.`). */
const FORMAT_PREFIX = /^(?:key\.|value\.)?(?:json|csv|raw|avro-confluent|debezium-json|canal-json|maxwell-json|ogg-json)\./;

/** Whether Flink's reason names `key`, as a whole word: as written, as the Kafka client's name, or within its format's option space. */
function namesKey(reason: string, key: string): boolean {
  const names = new Set([key, key.replace(/^properties\./, ''), key.replace(FORMAT_PREFIX, '')]);
  const literal = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...names].some((name) => new RegExp(`(?<![\\w.-])${literal(name)}(?![\\w-]|\\.\\w)`).test(reason));
}

/** Whether a refusal among `verdicts` is the one `expected` names: Flink's reason names the key, or says the given text. */
function refusesAsExpected(verdicts: readonly FlinkVerdict[], expected: { key?: string; says?: string }): boolean {
  return verdicts.some(
    (v) =>
      !v.ok &&
      (expected.says ? flinkReason(v).includes(expected.says) : expected.key !== undefined && namesKey(flinkReason(v), expected.key)),
  );
}

/** What Flink said of each judged case's "Flink sees" form, by case name (filled by the first block). */
const flinkVerdicts = new Map<string, FlinkVerdict[]>();

describe('what Flink 2.2.1 says of each case of the Flink corpus', { timeout: 30_000 }, () => {
  it('has at least 60 cases, 60 of them judged, covering every connector', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(judged.length).toBeGreaterThanOrEqual(60);
    const connectors = new Set(judged.map((c) => /'connector' = '([^']+)'/.exec(c.flinkSees ?? '')?.[1]));
    expect([...connectors].sort()).toEqual(['blackhole', 'datagen', 'filesystem', 'jdbc', 'kafka', 'print', 'upsert-kafka']);
  });

  it.each(judged.map((c) => [c.name, c] as [string, FlinkCase]))('%s', async (_name, c) => {
    const verdicts = await judgeSides(c.flinkSees as string, c.sides);
    flinkVerdicts.set(c.name, verdicts);
    const flink = c.flink as Extract<FlinkCase['flink'], { judged: true }>;
    if (flink.accepts) {
      expect(verdicts, 'Flink accepts it on every side the case names').toEqual(c.sides.map(() => ({ ok: true })));
    } else {
      expect(refusesAsExpected(verdicts, flink), `Flink refuses it, naming ${flink.key ?? flink.says}: ${JSON.stringify(verdicts)}`).toBe(
        true,
      );
    }
  });
});

/** The options of a DDL's one table, key to value, as a Flink table's WITH gives them. */
function withOptions(ddl: string): Record<string, string> {
  const [statement] = parseScript(ddl).statements;
  return Object.fromEntries((statement?.table?.options ?? []).map((o) => [o.key, o.value]));
}

/** How the resolver and Flink came out on each judged case, by case name. */
const agreement = { agree: [] as string[], beyond: [] as string[], disagree: [] as string[] };

describe('the resolver on each case of the Flink corpus, and Flink on what it writes', { timeout: 30_000 }, () => {
  it.each(corpus.map((c) => [c.name, c] as [string, FlinkCase]))('%s', async (_name, c) => {
    const result = await resolve(c.script, { dialect: 'flink', profiles, showSecrets: true });
    const problems = result.errors.map((e) => ({ code: e.code, key: e.key }));
    const [table] = result.tables;
    if (c.flink.judged) {
      if (problems.length === 0 && table) {
        const verdicts = await judgeSides(table.sql, c.sides);
        agreement[verdicts.every((v) => v.ok) ? 'agree' : 'disagree'].push(c.name);
      } else {
        const key = problems[0]?.key;
        const verdicts = flinkVerdicts.get(c.name) ?? (await judgeSides(c.flinkSees as string, c.sides));
        const stated: { key?: string; says?: string } = c.flink.accepts ? {} : c.flink;
        const says = stated.key === key ? stated.says : undefined;
        if (refusesAsExpected(verdicts, { key, says })) agreement.agree.push(c.name);
        else agreement[c.flink.accepts && c.flink.beyond && verdicts.every((v) => v.ok) ? 'beyond' : 'disagree'].push(c.name);
      }
    }
    if (c.resolver.accepts) {
      expect(problems, 'the resolver accepts the script').toEqual([]);
      expect(result.tables).toHaveLength(1);
      const type = table.config.type as FlinkSide | undefined;
      expect(c.sides, "the case's sides are the side its type names, or both").toEqual(type ? [type] : ['source', 'sink']);
      if (c.flinkSees) expect(withOptions(table.sql), 'the rewrite holds what Flink sees').toEqual(withOptions(c.flinkSees));
    } else {
      expect(problems, 'the resolver refuses the script for the one reason the case gives').toEqual([
        c.resolver.key === undefined ? { code: c.resolver.code } : { code: c.resolver.code, key: c.resolver.key },
      ]);
    }
  });

  it('agrees with Flink on every judged case: 100%', () => {
    const counted = agreement.agree.length + agreement.disagree.length;
    const figure = (100 * agreement.agree.length) / counted;
    console.log(
      `flink agreement: ${figure.toFixed(1)}% (${agreement.agree.length} of ${counted} cases Flink checks; ` +
        `${agreement.beyond.length} more checked beyond Flink; ${corpus.length - judged.length} not judged)` +
        (agreement.disagree.length > 0 ? `; disagreeing: ${agreement.disagree.join(', ')}` : ''),
    );
    expect(agreement.agree.length + agreement.beyond.length + agreement.disagree.length).toBe(judged.length);
    expect(agreement.disagree).toEqual([]);
    expect(figure).toBe(100);
  });
});
