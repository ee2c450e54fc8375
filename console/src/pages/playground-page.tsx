import { useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { DialectPicker } from '../components/dialect-picker.js';
import { ErrorBox } from '../components/error-box.js';
import { useHashDialect } from '../components/use-hash-dialect.js';
import { useLoad } from '../components/use-load.js';
import { href } from '../router.js';
import { sqlString } from '../sql-text.js';
import type { Diagnostic, Profile, ResolveResult } from '../types.js';
import { listAll } from './profiles-page.js';
import { autocomplete } from './table-form-page.js';
import { markLines } from './positioned-text.js';
import { ProvenanceTable } from '../components/provenance-table.js';

const EXAMPLE = `CREATE TABLE orders (order_id BIGINT, amount DOUBLE) WITH (
  connection_profile = 'production-kafka',
  topic = 'orders',
  format = 'json'
);`;

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

/** The playground's own route, past which its dialect is kept. */
const PAGE = ['playground'];

/** Paste a script, pick its dialect, resolve it, see every table, passthrough and diagnostic in place. */
export function PlaygroundPage() {
  const [sql, setSql] = useState(EXAMPLE);
  const [dialect, setDialect] = useHashDialect(PAGE);
  const [register, setRegister] = useState(false);
  const [result, setResult] = useState<{ sql: string; answer: ResolveResult } | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [profile, setProfile] = useState('');
  const editor = useRef<HTMLTextAreaElement>(null);
  const [profiles] = useLoad(() => listAll<Profile>('/v1/connection_profiles'), []);
  const [values] = useLoad(() => (profile ? autocomplete(profile) : Promise.resolve({} as Record<string, string[]>)), [profile]);

  const run = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setResult({ sql, answer: (await api<ResolveResult>('POST', '/v1/resolve', { body: { sql, register, dialect } })).data });
    } catch (e) {
      setError(e);
      setResult(undefined);
    } finally {
      setBusy(false);
    }
  };
  const show = (d: Diagnostic): void => {
    const at = offsetOf(result!.sql, d.line, d.column);
    editor.current?.focus();
    editor.current?.setSelectionRange(at, at);
  };
  const insert = (text: string): void => {
    const area = editor.current!;
    const next = area.value.slice(0, area.selectionStart) + text + area.value.slice(area.selectionEnd);
    const caret = area.selectionStart + text.length;
    setSql(next);
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  };
  const answer = result?.answer;
  const diagnostics = answer
    ? [
        ...answer.errors.map((d) => ({ ...d, level: 'error' as const })),
        ...answer.warnings.map((d) => ({ ...d, level: 'warning' as const })),
      ]
    : [];

  return (
    <>
      <h1 tabIndex={-1}>Resolve playground</h1>
      <form onSubmit={run}>
        <div class="field">
          <label for="script">Script</label>
          <textarea
            id="script"
            ref={editor}
            rows={10}
            spellcheck={false}
            value={sql}
            onInput={(e) => setSql(e.currentTarget.value)}
            aria-describedby="script-help"
          />
          <p class="help" id="script-help">
            Paste CREATE TABLE statements; every other statement passes through untouched.
          </p>
        </div>
        <div class="toolbar">
          <DialectPicker id="dialect" value={dialect} onChange={setDialect} />
          <div class="field">
            <label for="topic-profile">Offer the topics of</label>
            <select id="topic-profile" value={profile} onChange={(e) => setProfile(e.currentTarget.value)}>
              <option value="">no profile</option>
              {profiles?.map((p) => (
                <option value={p.name}>{p.name}</option>
              ))}
            </select>
          </div>
          {values?.topic ? (
            <div class="field">
              <label for="topic-pick">Topic</label>
              <select id="topic-pick" onChange={(e) => e.currentTarget.value && insert(sqlString(e.currentTarget.value))}>
                <option value="">insert a topic at the cursor</option>
                {values.topic.map((t) => (
                  <option value={t}>{t}</option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <div class="actions">
          <label class="inline">
            <input type="checkbox" checked={register} onChange={(e) => setRegister(e.currentTarget.checked)} />
            Register the tables (all or none)
          </label>
          <button type="submit" disabled={busy}>
            Resolve
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      {answer ? (
        <section aria-label="Result">
          <h2>
            {answer.tables.length} table(s), {answer.passthrough.length} passthrough, {answer.errors.length} error(s),{' '}
            {answer.warnings.length} warning(s)
          </h2>
          {register && answer.errors.length === 0 ? (
            <p role="status">
              The tables were registered: see <a href={href('tables')}>Tables</a>.
            </p>
          ) : null}
          {register && answer.errors.length > 0 ? <p role="status">Nothing was registered: the script has errors.</p> : null}
          {diagnostics.length ? (
            <>
              <h3>Diagnostics</h3>
              <ol class="diagnostics">
                {diagnostics.map((d, i) => (
                  <li class={`level-${d.level}`} id={`diagnostic-${i + 1}`}>
                    <button type="button" class="link" onClick={() => show(d)} aria-label={`Go to line ${d.line}, column ${d.column}`}>
                      {d.line}:{d.column}
                    </button>{' '}
                    <code>{d.code}</code> {d.message}
                  </li>
                ))}
              </ol>
              <h3>Where</h3>
              <pre class="positioned" tabIndex={0} aria-label="The script with each diagnostic marked">
                {markLines(result!.sql, diagnostics).map((line) => (
                  <div class="line">
                    <span class="ln" aria-hidden="true">
                      {line.number}
                    </span>
                    {line.parts.map((part) =>
                      part.mark ? (
                        <mark
                          class={`level-${part.mark.level}`}
                          data-position={`${line.number}:${part.mark.column}`}
                          title={`${part.mark.code}: ${part.mark.message}`}
                        >
                          {part.text || ' '}
                        </mark>
                      ) : (
                        part.text
                      ),
                    )}
                  </div>
                ))}
              </pre>
            </>
          ) : null}
          {answer.tables.map((t) => (
            <details open>
              <summary>
                Table <strong>{t.table}</strong> ({t.connector}
                {t.profile ? `, profile ${t.profile}` : ''})
              </summary>
              <ProvenanceTable table={t} />
              <pre class="sql" tabIndex={0} aria-label={`Rewritten SQL of ${t.table}`}>
                {t.sql}
              </pre>
            </details>
          ))}
          {answer.passthrough.map((p) => (
            <details>
              <summary>Passthrough at line {p.line}</summary>
              <pre class="sql">{p.sql}</pre>
            </details>
          ))}
        </section>
      ) : null}
    </>
  );
}
