import { useEffect, useState } from 'preact/hooks';

/**
 * The page the location's hash names: `#/profiles/cache` is `['profiles', 'cache']`.
 * Hash routes keep every page on one document, which `serve` answers at `/`.
 */
export function useRoute(): string[] {
  const read = (): string[] => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = (): void => setRoute(read());
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
