import { useState } from 'preact/hooks';
import { api, seg } from '../api.js';
import { ErrorBox } from '../components/error-box.js';
import { ProvenanceTable } from '../components/provenance-table.js';
import { TestRunner } from '../components/test-runner.js';
import { useLoad } from '../components/use-load.js';
import { go, href } from '../router.js';
import { DIALECT_TITLES } from '../../../src/connectors/dialect.js';
import { createTableSql } from '../sql-text.js';
import type { ResolveResult, Table } from '../types.js';
import { listAll, when } from './profiles-page.js';

/**
 * A registered table: its config as resolved now against its profile, each key with
 * where its value came from (secrets masked by the server), its rewritten SQL, and a
 * live test of the table.
 */
export function TableDetailPage({ name }: { name: string }) {
  const [data, error] = useLoad(async () => {
    const table = (await listAll<Table>('/v1/connection_tables')).find((t) => t.name === name || t.id === name);
    if (!table) throw new Error(`no table named ${name} is registered`);
    const resolved = (await api<ResolveResult>('POST', '/v1/resolve', { body: { sql: createTableSql(table), dialect: table.dialect } }))
      .data;
    return { table, resolved };
  }, [name]);
  const [dropError, setDropError] = useState<unknown>();
  const drop = async (): Promise<void> => {
    try {
      await api('DELETE', `/v1/connection_tables/${seg(data!.table.name)}`);
      go('tables');
    } catch (e) {
      setDropError(e);
    }
  };
  if (error)
    return (
      <>
        <h1 tabIndex={-1}>Table {name}</h1>
        <ErrorBox error={error} />
      </>
    );
  if (!data) return <p>Loading…</p>;
  const { table, resolved } = data;
  const result = resolved.tables[0];
  return (
    <>
      <h1 tabIndex={-1}>Table {table.name}</h1>
      <p class="muted">
        {table.connector} · {DIALECT_TITLES[table.dialect] ?? table.dialect}
        {table.connection_profile ? (
          <>
            {' '}
            · profile <a href={href('profiles', table.connection_profile)}>{table.connection_profile}</a>
          </>
        ) : null}{' '}
        · registered {when(table.created_at)}
      </p>
      {resolved.errors.length ? (
        <div class="error" role="alert">
          This table no longer resolves against its profile:
          <ul>
            {resolved.errors.map((e) => (
              <li>
                <code>{e.code}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result ? (
        <>
          <h2>Resolved config</h2>
          <ProvenanceTable table={result} />
          <h2>Rewritten SQL</h2>
          <pre class="sql" tabIndex={0} aria-label="Rewritten SQL">
            {result.sql}
          </pre>
        </>
      ) : null}
      <h2>Live test</h2>
      <TestRunner label="Test the table" path={`/v1/connection_tables/${seg(table.name)}/test`} body={() => undefined} />
      <h2>Drop</h2>
      <ErrorBox error={dropError} />
      <button type="button" class="danger" onClick={drop}>
        Drop table {table.name}
      </button>
    </>
  );
}
