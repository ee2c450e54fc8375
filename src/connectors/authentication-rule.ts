import type { ConfigRule } from './connector-definition.js';

/**
 * The keys one way of authenticating takes, and those of them it requires.
 *
 * @example
 * ```ts
 * const sasl: AuthenticationKeys = { keys: ['sasl_mechanism', 'username', 'password', 'protocol'], required: ['sasl_mechanism', 'username', 'password'] };
 * ```
 */
export interface AuthenticationKeys {
  keys: readonly string[];
  required?: readonly string[];
}

/**
 * A profile rule for an `authentication` object whose `type` (given, or implied by its
 * keys: `typeOf`) decides which keys it takes: each required key that is missing is
 * `MISSING_OPTION`, each key of another type `INVALID_VALUE`, both at the key.
 *
 * @example
 * ```ts
 * const rule = authenticationRule((auth) => auth.type ?? 'none', { none: { keys: [] }, basic: { keys: ['user', 'password'], required: ['user', 'password'] } });
 * ```
 */
export function authenticationRule<A extends object>(
  typeOf: (auth: A) => string,
  byType: Readonly<Record<string, AuthenticationKeys>>,
): ConfigRule {
  return (config, context) => {
    const auth = (config as { authentication?: unknown }).authentication;
    if (typeof auth !== 'object' || auth === null) return;
    const type = typeOf(auth as A);
    const variant = Object.hasOwn(byType, type) ? byType[type] : undefined;
    if (!variant) return;
    for (const key of variant.required ?? []) {
      if ((auth as Record<string, unknown>)[key] !== undefined) continue;
      context.addIssue({
        code: 'custom',
        path: ['authentication', key],
        message: `authentication.${key} is required when authentication.type is '${type}'`,
        params: { code: 'MISSING_OPTION' },
      });
    }
    for (const key of Object.keys(auth)) {
      if (key === 'type' || variant.keys.includes(key)) continue;
      context.addIssue({
        code: 'custom',
        path: ['authentication', key],
        message: `authentication.${key} does not apply when authentication.type is '${type}'`,
        params: { code: 'INVALID_VALUE' },
      });
    }
  };
}
