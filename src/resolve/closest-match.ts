import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `input` by edit distance, if it is near enough to be a
 * plausible typo: two edits (a swapped pair of letters), or a third of the input's
 * length when that is more; one edit for words of three letters or fewer.
 *
 * @example
 * ```ts
 * closestMatch('source.ofset', ['source.offset', 'sink.key_field']); // 'source.offset'
 * closestMatch('zzz', ['topic']); // undefined
 * ```
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  // Two edits cover a swapped pair of letters ('kafak'); very short words allow one.
  const limit = needle.length <= 3 ? 1 : Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance && d <= limit && candidate !== input) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
