import { useState } from 'preact/hooks';
import { DIALECT_TITLES } from '../../../src/connectors/dialect.js';
import { ErrorBox } from '../components/error-box.js';
import { useLoad } from '../components/use-load.js';
import { href } from '../router.js';
import type { Profile, Table } from '../types.js';
import { listAll, when } from './profiles-page.js';

/** Registered tables, grouped by the profile they use. */
export function TablesPage() {
  const [profile, setProfile] = useState('');
  const [data, error] = useLoad(async () => {
    const [profiles, tables] = await Promise.all([
      listAll<Profile>('/v1/connection_profiles'),
      listAll<Table>(`/v1/connection_tables${profile ? `?profile=${encodeURIComponent(profile)}` : ''}`),
    ]);
    return { profiles, tables };
  }, [profile]);
  const groups = new Map<string, Table[]>();
  for (const t of data?.tables ?? []) groups.set(t.connection_profile ?? '', [...(groups.get(t.connection_profile ?? '') ?? []), t]);
  return (
    <>
      <h1 tabIndex={-1}>Registered tables</h1>
      <div class="toolbar">
        <div class="field">
          <label for="table-profile">Profile</label>
          <select id="table-profile" value={profile} onChange={(e) => setProfile(e.currentTarget.value)}>
            <option value="">every profile</option>
            {data?.profiles.map((p) => (
              <option value={p.name}>{p.name}</option>
            ))}
          </select>
        </div>
        <a class="button" href={href('tables', 'new', ...(profile ? [profile] : []))}>
          Register a table
        </a>
      </div>
      <ErrorBox error={error} />
      {data && data.tables.length === 0 ? <p>No tables are registered{profile ? ` with profile ${profile}` : ''}.</p> : null}
      {[...groups].map(([group, tables]) => (
        <section aria-label={group ? `Tables of profile ${group}` : 'Tables without a profile'}>
          <h2>
            {group ? (
              <>
                Profile <a href={href('profiles', group)}>{group}</a>
              </>
            ) : (
              'No profile'
            )}
          </h2>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Table</th>
                  <th scope="col">Connector</th>
                  <th scope="col">Dialect</th>
                  <th scope="col">Own options</th>
                  <th scope="col">Registered</th>
                </tr>
              </thead>
              <tbody>
                {tables.map((t) => (
                  <tr>
                    <th scope="row">
                      <a href={href('tables', t.name)}>{t.name}</a>
                    </th>
                    <td>{t.connector}</td>
                    <td>{DIALECT_TITLES[t.dialect] ?? t.dialect}</td>
                    <td>
                      <code>
                        {Object.entries(t.config)
                          .map(([k, v]) => `${k}=${v}`)
                          .join(', ')}
                      </code>
                    </td>
                    <td>{when(t.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
