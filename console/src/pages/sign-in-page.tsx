import { useState } from 'preact/hooks';
import { api, ApiError, setToken } from '../api.js';

/** Sign-in with a bearer token; a refused token says so, and is not kept. */
export function SignInPage({ onSignedIn }: { onSignedIn: (tenant: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setToken(value.trim());
    try {
      const { data } = await api<{ tenant: string }>('GET', '/v1/whoami');
      onSignedIn(data.tenant);
    } catch (e) {
      setToken(undefined);
      setError(
        e instanceof ApiError && e.status === 401
          ? 'That token was refused: check it and try again.'
          : `Could not sign in: ${(e as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1 tabIndex={-1}>Sign in to ddl-profiles</h1>
      <form onSubmit={submit}>
        <div class="field">
          <label for="token">API token</label>
          <input
            id="token"
            type="password"
            autoComplete="off"
            required
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            aria-describedby="token-help"
            aria-invalid={error ? true : undefined}
          />
          <p class="help" id="token-help">
            The bearer token your operator gave you. It is kept for this tab only, and forgotten when you sign out or close it.
          </p>
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
