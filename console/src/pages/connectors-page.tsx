import { api } from '../api.js';
import { ErrorBox } from '../components/error-box.js';
import { useLoad } from '../components/use-load.js';
import { href } from '../router.js';
import type { Connector } from '../types.js';

/** Whether a connector takes a profile: the server's word, or whether it has profile fields. */
export function takesProfile(connector: Connector): boolean {
  return connector.takes_profile ?? Object.keys(connector.profile_schema.properties ?? {}).length > 0;
}

/** Every registered connector, with its description and whether it takes a profile. */
export function ConnectorsPage() {
  const [connectors, error] = useLoad(() => api<{ data: Connector[] }>('GET', '/v1/connectors').then((a) => a.data.data), []);
  return (
    <>
      <h1 tabIndex={-1}>Connectors</h1>
      <ErrorBox error={error} />
      {connectors ? (
        <div class="scroll">
          <table>
            <caption>{connectors.length} registered connectors</caption>
            <thead>
              <tr>
                <th scope="col">Connector</th>
                <th scope="col">Description</th>
                <th scope="col">Takes a profile</th>
                <th scope="col">Used as</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connectors.map((c) => (
                <tr>
                  <th scope="row">{c.name}</th>
                  <td>{c.description}</td>
                  <td>{takesProfile(c) ? 'yes' : 'no'}</td>
                  <td>{(c.roles ?? []).join(', ') || '—'}</td>
                  <td>{takesProfile(c) ? <a href={href('profiles', 'new', c.name)}>New {c.name} profile</a> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : !error ? (
        <p>Loading…</p>
      ) : null}
    </>
  );
}
