import type { StoredProfile } from '../index.js';

/**
 * A profile as readable text: header, then its config as dotted keys (secrets already
 * redacted by the catalog unless asked for).
 *
 * @example
 * ```ts
 * io.out(renderProfile(await catalog.profiles.get('cache')));
 * ```
 */
export function renderProfile(profile: StoredProfile): string {
  const lines = [`${profile.name} (${profile.connector}) version ${profile.version}, id ${profile.id}`];
  if (profile.description) lines.push(`  ${profile.description}`);
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, `${prefix}${key}.`);
      else lines.push(`  ${prefix}${key} = ${JSON.stringify(value)}`);
    }
  };
  walk(profile.config, '');
  if (profile.overridable.length > 0) lines.push(`  overridable: ${profile.overridable.join(', ')}`);
  return lines.join('\n');
}
