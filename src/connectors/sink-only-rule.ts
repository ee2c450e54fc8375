import type { ConfigRule } from './connector-definition.js';

/**
 * A rule for connectors whose `type` may be spelled `source` but that only write: a
 * source is refused in the connector's own words.
 *
 * @example
 * ```ts
 * const rule = sinkOnlyRule('DeltaLake sources are not yet supported');
 * ```
 */
export function sinkOnlyRule(message: string): ConfigRule {
  return (config, context) => {
    if (config.type === 'source') context.addIssue({ code: 'custom', path: ['type'], message, params: { code: 'INVALID_VALUE' } });
  };
}
