/**
 * What every problem may carry besides its own parameters: the config key it concerns
 * and, for a typo, the closest spelling that exists. A suggestion is data: renderers
 * read this field, never the message.
 *
 * @example
 * ```ts
 * const base: ProblemBase = { key: 'source.ofset', suggestion: 'source.offset' };
 * ```
 */
export interface ProblemBase {
  key?: string;
  suggestion?: string;
}
