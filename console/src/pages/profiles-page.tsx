import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { ErrorBox } from '../components/error-box.js';
import { useLoad } from '../components/use-load.js';
import { href } from '../router.js';
import type { Profile, Table } from '../types.js';

/** Every page of a list route, up to `max` items. */
export async function listAll<T>(path: string, max = 1000): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; offset < max; ) {
    const { data } = await api<{ data: T[]; total: number }>('GET', `${path}${path.includes('?') ? '&' : '?'}limit=100&offset=${offset}`);
    items.push(...data.data);
    offset += data.data.length;
    if (data.data.length === 0 || offset >= data.total) break;
  }
  return items;
}

/** When, in the reader's locale. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** The profiles, searchable, with the tables that use each. */
export function ProfilesPage() {
  const [query, setQuery] = useState('');
  const [data, error] = useLoad(async () => {
    const [profiles, tables] = await Promise.all([listAll<Profile>('/v1/connection_profiles'), listAll<Table>('/v1/connection_tables')]);
    return { profiles, tables };
  }, []);
  const needle = query.trim().toLowerCase();
  const shown = data?.profiles.filter(
    (p) => !needle || [p.name, p.connector, p.description ?? ''].some((s) => s.toLowerCase().includes(needle)),
  );
  return (
    <>
      <h1 tabIndex={-1}>Connection profiles</h1>
      <div class="toolbar">
        <div class="field">
          <label for="profile-search">Search profiles</label>
          <input
            id="profile-search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="name, connector or description"
          />
        </div>
        <a class="button" href={href('connectors')}>
          New profile
        </a>
      </div>
      <ErrorBox error={error} />
      {shown ? (
        <div class="scroll">
          <table>
            <caption>
              {shown.length} of {data!.profiles.length} profiles
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Connector</th>
                <th scope="col">Version</th>
                <th scope="col">Updated</th>
                <th scope="col">Used by tables</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => {
                const tables = data!.tables.filter((t) => t.connection_profile_id === p.id || t.connection_profile === p.name);
                return (
                  <tr>
                    <th scope="row">
                      <a href={href('profiles', p.name)}>{p.name}</a>
                      {p.description ? <div class="muted">{p.description}</div> : null}
                    </th>
                    <td>{p.connector}</td>
                    <td>{p.version}</td>
                    <td>{when(p.updated_at)}</td>
                    <td>
                      {tables.length
                        ? tables.map((t, i) => (
                            <>
                              {i > 0 ? ', ' : ''}
                              <a href={href('tables', t.name)}>{t.name}</a>
                            </>
                          ))
                        : 'none'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : !error ? (
        <p>Loading…</p>
      ) : null}
    </>
  );
}
