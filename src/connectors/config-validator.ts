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

/** A node of the tree of key sets: the next key written, and the schema picked for the keys up to here. */
interface KeyNode {
  next: Map<string, KeyNode>;
  validator?: z.ZodType<Record<string, unknown>>;
}

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
  // options), the keys of the input the schema knows, and those it always reads.
  const small = keys.length <= 30;
  let always = 0;
  const alwaysKeys: string[] = [];
  if (pickable)
    for (let k = 0; k < keys.length; k++)
      if (actsWhenAbsent(schema.shape[keys[k]] as z.ZodType)) {
        if (small) always |= 1 << k;
        alwaysKeys.push(keys[k]);
      }
  const known = new Set(keys);
  const alwaysSet = new Set(alwaysKeys);
  const pickedByMask = new Map<number, z.ZodType<Record<string, unknown>>>();
  // Past 30 keys: the input's known keys in its own order, a path in a tree of maps (tables
  // written alike share one leaf, found without building a string).
  const pickedByKeys: KeyNode = { next: new Map() };
  let count = 0;
  const pick = (chosenKeys: Iterable<string>): z.ZodType<Record<string, unknown>> => {
    const chosen: Record<string, true> = {};
    for (const key of chosenKeys) chosen[key] = true;
    count++;
    return schema.pick(chosen) as unknown as z.ZodType<Record<string, unknown>>;
  };
  const schemaFor = (input: Record<string, unknown>): z.ZodType<Record<string, unknown>> => {
    if (!pickable) return plain;
    if (small) {
      let mask = always;
      for (let k = 0; k < keys.length; k++) if (Object.hasOwn(input, keys[k])) mask |= 1 << k;
      const cached = pickedByMask.get(mask);
      if (cached) return cached;
      if (count >= MAX_PICKED) return plain;
      const validator = pick(keys.filter((_, k) => mask & (1 << k)));
      pickedByMask.set(mask, validator);
      return validator;
    }
    let node = pickedByKeys;
    for (const key in input) {
      if (!known.has(key) || alwaysSet.has(key)) continue;
      let next = node.next.get(key);
      if (!next) {
        if (count >= MAX_PICKED) return plain;
        node.next.set(key, (next = { next: new Map() }));
      }
      node = next;
    }
    if (node.validator) return node.validator;
    if (count >= MAX_PICKED) return plain;
    const written: string[] = [];
    for (const key in input) if (known.has(key) && !alwaysSet.has(key)) written.push(key);
    node.validator = pick([...alwaysKeys, ...written]);
    return node.validator;
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
