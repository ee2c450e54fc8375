import { useEffect, useState } from 'preact/hooks';

/** The route the location's hash names now: `#/profiles/cache` is `['profiles', 'cache']`. */
export function currentRoute(): string[] {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

/**
 * The page the location's hash names (see {@link currentRoute}), kept as it changes.
 * Hash routes keep every page on one document, which `serve` answers at `/`.
 */
export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = (): void => setRoute(currentRoute());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The href of a page. */
export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** Goes to a page. */
export function go(...parts: string[]): void {
  location.hash = href(...parts);
}
