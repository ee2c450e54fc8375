import { ApiError } from '../api.js';

/** An error from the API, with its stable code, in an alert region. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <div class="error" role="alert">
      {code ? <code>{code}</code> : null} {(error as Error).message}
    </div>
  );
}
