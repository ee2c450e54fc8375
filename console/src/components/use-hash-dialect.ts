import { useEffect, useState } from 'preact/hooks';
import { DIALECTS, type Dialect } from '../../../src/connectors/dialect.js';
import { currentRoute, href } from '../router.js';

/** The dialect a route names just past `page` (`#/playground/flink`), or the default, `arroyo`. */
function dialectAfter(page: readonly string[]): Dialect {
  const segment = currentRoute()[page.length];
  return DIALECTS.find((d) => d === segment) ?? 'arroyo';
}

/**
 * The dialect a page resolves in, kept in the location's hash just past the page's own
 * route (`#/playground/flink`; the default, Arroyo, adds nothing): a reload or a shared
 * link keeps it. A choice replaces the hash rather than adding a history entry, and
 * leaves the focus where it is; a hash edited by hand is followed.
 *
 * @example
 * ```ts
 * const [dialect, setDialect] = useHashDialect(['playground']);
 * ```
 */
export function useHashDialect(page: readonly string[]): [Dialect, (next: Dialect) => void] {
  const [dialect, setDialect] = useState(() => dialectAfter(page));
  useEffect(() => {
    const follow = (): void => setDialect(dialectAfter(page));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [page.join('/')]);
  const choose = (next: Dialect): void => {
    setDialect(next);
    history.replaceState(history.state, '', href(...page, ...(next === 'arroyo' ? [] : [next])));
  };
  return [dialect, choose];
}
