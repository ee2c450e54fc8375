import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileDefinition } from '../../src/index.js';

/** A side of a Flink table, as the judge plans it. */
export type FlinkSide = 'source' | 'sink';

/** What a case expects of the resolver: the table accepted, or refused with a code at a key (none for a table-level problem). */
export type ResolverExpectation = { accepts: true } | { accepts: false; code: string; key?: string };

/**
 * What Flink 2.2.1's planner said of the case's "Flink sees" form (measured with the judge):
 * accepted (`beyond`: the resolver refuses what Flink lets through at plan time), refused
 * naming `key` or `says`-ing a text in other words, or not judged, and why.
 */
export type FlinkExpectation =
  | { judged: true; accepts: true; beyond: boolean }
  | { judged: true; accepts: false; key?: string; says?: string }
  | { judged: false; reason: string };

/**
 * One case of the Flink corpus (`test/flink/corpus/*.sql`; its README says how one is
 * written): the script a user writes, the profiles it names, the sides Flink plans it on,
 * what the resolver must do, and, when judged, the DDL Flink sees and what Flink says of it.
 *
 * @example
 * ```ts
 * const [first] = loadFlinkCorpus();
 * first.sides; // ['source']
 * ```
 */
export interface FlinkCase {
  name: string;
  about: string;
  profiles: string[];
  sides: FlinkSide[];
  resolver: ResolverExpectation;
  flink: FlinkExpectation;
  script: string;
  /** The script with its profile's options inlined in Flink's keys; absent when not judged. */
  flinkSees?: string;
}

/** The corpus folder. */
export const FLINK_CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

const FLINK_SEES = /^-- Flink sees:\s*$/m;
const FIELD = /^-- (profiles|sides|resolver|flink): (.*)$/;

/**
 * The profiles the corpus's cases name, from `corpus/profiles.json`.
 *
 * @example
 * ```ts
 * const profiles = loadFlinkProfiles();
 * await resolve(script, { dialect: 'flink', profiles });
 * ```
 */
export function loadFlinkProfiles(): ProfileDefinition[] {
  return JSON.parse(readFileSync(join(FLINK_CORPUS, 'profiles.json'), 'utf8')) as ProfileDefinition[];
}

/**
 * Every case of the corpus, by file name.
 *
 * @example
 * ```ts
 * const judged = loadFlinkCorpus().filter((c) => c.flink.judged);
 * ```
 */
export function loadFlinkCorpus(): FlinkCase[] {
  return readdirSync(FLINK_CORPUS)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => readCase(file.slice(0, -'.sql'.length), readFileSync(join(FLINK_CORPUS, file), 'utf8')));
}

function readCase(name: string, text: string): FlinkCase {
  const [script, flinkSees] = text.split(FLINK_SEES).map((part) => part.trim());
  const header = script.split('\n').filter((line) => line.startsWith('--'));
  const fields = new Map<string, string>();
  const about: string[] = [];
  for (const line of header) {
    const field = FIELD.exec(line);
    if (field) fields.set(field[1], field[2].trim());
    else if (fields.size === 0 && line !== '--') about.push(line.slice(3));
  }
  const field = (key: string) => {
    const value = fields.get(key);
    if (value === undefined) throw new Error(`${name}.sql: its header has no "-- ${key}:" line`);
    return value;
  };
  const flink = readFlink(name, field('flink'));
  if (flink.judged !== (flinkSees !== undefined)) throw new Error(`${name}.sql: a judged case has a "-- Flink sees:" form, and only one`);
  return {
    name,
    about: about.join(' '),
    profiles: field('profiles') === 'none' ? [] : field('profiles').split(/,\s*/),
    sides: field('sides').split(/,\s*/) as FlinkSide[],
    resolver: readResolver(name, field('resolver')),
    flink,
    script,
    flinkSees,
  };
}

function readResolver(name: string, text: string): ResolverExpectation {
  if (text === 'accepts') return { accepts: true };
  const refused = /^refuses ([A-Z_]+)(?: (\S+))?$/.exec(text);
  if (!refused) throw new Error(`${name}.sql: "-- resolver: ${text}" is neither "accepts" nor "refuses CODE [key]"`);
  return { accepts: false, code: refused[1], key: refused[2] };
}

function readFlink(name: string, text: string): FlinkExpectation {
  if (text === 'accepts') return { judged: true, accepts: true, beyond: false };
  if (text === 'accepts; the resolver checks beyond Flink') return { judged: true, accepts: true, beyond: true };
  const notJudged = /^not judged: (.+)$/.exec(text);
  if (notJudged) return { judged: false, reason: notJudged[1] };
  const refused = /^refuses(?: ([^\s,]+))?(?:, saying "(.+)")?$/.exec(text);
  if (!refused) throw new Error(`${name}.sql: "-- flink: ${text}" is not a verdict the corpus README describes`);
  return { judged: true, accepts: false, key: refused[1], says: refused[2] };
}
