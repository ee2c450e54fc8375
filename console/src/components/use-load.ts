import { useEffect, useState } from 'preact/hooks';

/**
 * Loads data for a page: `[data, error, reload]`. `deps` re-run it.
 *
 * @example
 * ```ts
 * const [profiles, error, reload] = useLoad(() => api('GET', '/v1/connection_profiles').then((a) => a.data), []);
 * ```
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [T | undefined, unknown, () => void] {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setError(undefined);
    load().then(
      (value) => live && setData(value),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return [data, error, () => setRound((r) => r + 1)];
}
