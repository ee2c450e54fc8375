import type { z } from 'zod';
import type { ConfigRule } from './connector-definition.js';

/**
 * One side's schema (profile or table) with its cross-field rules, ready to parse a
 * config of that side: `safeParse` as zod's, and `parse`, which throws zod's error.
 *
 * @example
 * ```ts
 * const result = kafkaConnector.tableValidator.safeParse({ topic: 'orders', format: 'json' });
 * if (result.success) result.data.bad_data; // 'fail', the default
 * ```
 */
export interface ConfigValidator {
  safeParse(input: Record<string, unknown>): z.ZodSafeParseResult<Record<string, unknown>>;
  parse(input: Record<string, unknown>): Record<string, unknown>;
}

/** Past this many key sets, a side is parsed with its whole schema: the cache stays bounded. */
const MAX_PICKED = 64;

function withRules(schema: z.ZodObject, rules: readonly ConfigRule[]): z.ZodType<Record<string, unknown>> {
  if (rules.length === 0) return schema as unknown as z.ZodType<Record<string, unknown>>;
  // `when`: run the rules even when a field failed its own check, so that every
  // problem is reported at once. Rules therefore read fields defensively.
  return schema.superRefine(
    (value, context) => {
      for (const rule of rules) rule(value as Record<string, unknown>, context);
    },
    { when: () => true },
  ) as unknown as z.ZodType<Record<string, unknown>>;
}

/** Whether a key's schema, given nothing, still gives something: a default, or an issue (it is required). */
function actsWhenAbsent(schema: z.ZodType): boolean {
  const result = schema.safeParse(undefined);
  return !result.success || result.data !== undefined;
}

/**
 * A refinement context that only notes whether a rule added an issue. Each validator
 * keeps one and reuses it: rules run synchronously, one parse at a time.
 */
interface RuleOutcome {
  value: unknown;
  issues: never[];
  passed: boolean;
  addIssue(): void;
}

function ruleOutcome(): RuleOutcome {
  const outcome: RuleOutcome = {
    value: undefined,
    issues: [],
    passed: true,
    addIssue: () => {
      outcome.passed = false;
    },
  };
  return outcome;
}

/** Whether the rules pass a parsed config: each runs as zod's `superRefine` would run it, and any issue fails them. */
function rulesPass(rules: readonly ConfigRule[], value: Record<string, unknown>, outcome: RuleOutcome): boolean {
  outcome.value = value;
  outcome.passed = true;
  const context = outcome as unknown as z.RefinementCtx;
  for (const rule of rules) rule(value, context);
  outcome.value = undefined;
  return outcome.passed;
}

/**
 * A side's validator that parses each config with the schema picked to the top-level
 * keys the config has, plus every key that acts when absent (required, or with a
 * default), and then runs the cross-field rules on the parsed value itself: zod's
 * work follows the options written rather than the schema's size, and skips the cost
 * of its refinement machinery, which is more than the rules'. A config that fails either
 * is parsed again by the whole schema with its rules as a `superRefine`, so that its
 * issues, fields' and rules', are exactly zod's. Each key set's picked schema is built
 * once (at most 64 per side; past that the whole schema parses). A schema that `pick`
 * refuses (one with object-level refinements) is never picked.
 *
 * @example
 * ```ts
 * const validator = configValidator(kafkaConnector.table, []);
 * validator.safeParse({ topic: 'orders', format: 'json' }).success; // true
 * ```
 */
export function configValidator(schema: z.ZodObject, rules: readonly ConfigRule[] = []): ConfigValidator {
  const whole = withRules(schema, rules);
  const plain = schema as unknown as z.ZodType<Record<string, unknown>>;
  const keys = Object.keys(schema.shape);
  const checks = schema._zod.def.checks;
  const pickable = checks === undefined || checks.length === 0;
  // Up to 30 keys, a key set is a bit mask; past that (a Flink table's hundreds of format
  // options), the keys of the input the schema knows, in the schema's order, and those it always reads.
  const small = keys.length <= 30;
  let always = 0;
  const alwaysKeys: string[] = [];
  if (pickable)
    for (let k = 0; k < keys.length; k++)
      if (actsWhenAbsent(schema.shape[keys[k]] as z.ZodType)) {
        if (small) always |= 1 << k;
        alwaysKeys.push(keys[k]);
      }
  const indexOf = new Map(keys.map((key, k) => [key, k]));
  const alwaysSet = new Set(alwaysKeys);
  const alwaysText = alwaysKeys.join('\u0000');
  const picked = new Map<number | string, z.ZodType<Record<string, unknown>>>();
  const keySet = (input: Record<string, unknown>): number | string => {
    if (small) {
      let mask = always;
      for (let k = 0; k < keys.length; k++) if (Object.hasOwn(input, keys[k])) mask |= 1 << k;
      return mask;
    }
    // The input's known keys in its own order: tables written alike share one entry.
    let set = alwaysText;
    for (const key in input) if (indexOf.has(key) && !alwaysSet.has(key)) set = set === '' ? key : `${set}\u0000${key}`;
    return set;
  };
  const schemaFor = (input: Record<string, unknown>): z.ZodType<Record<string, unknown>> => {
    if (!pickable) return plain;
    const set = keySet(input);
    const cached = picked.get(set);
    if (cached) return cached;
    if (picked.size >= MAX_PICKED) return plain;
    const chosen: Record<string, true> = {};
    if (typeof set === 'number') {
      for (let k = 0; k < keys.length; k++) if (set & (1 << k)) chosen[keys[k]] = true;
    } else for (const key of set === '' ? [] : set.split('\u0000')) chosen[key] = true;
    const validator = schema.pick(chosen) as unknown as z.ZodType<Record<string, unknown>>;
    picked.set(set, validator);
    return validator;
  };
  const outcome = ruleOutcome();
  const safeParse = (input: Record<string, unknown>): z.ZodSafeParseResult<Record<string, unknown>> => {
    const parsed = schemaFor(input).safeParse(input);
    if (parsed.success && (rules.length === 0 || rulesPass(rules, parsed.data, outcome))) return parsed;
    return whole.safeParse(input);
  };
  return {
    safeParse,
    parse(input) {
      const parsed = safeParse(input);
      if (parsed.success) return parsed.data;
      throw parsed.error;
    },
  };
}
