import { useMemo, useState } from 'preact/hooks';
import { DIALECT_TITLES, type Dialect } from '../../../src/connectors/dialect.js';
import { api, ApiError, seg } from '../api.js';
import { DialectPicker } from '../components/dialect-picker.js';
import { ErrorBox } from '../components/error-box.js';
import { useLoad } from '../components/use-load.js';
import { go, href } from '../router.js';
import { describeForm, flattenToOptions, problemsByField, SchemaForm, type Config, type Problem } from '../schema-form/index.js';
import type { Connector, Profile } from '../types.js';
import { listAll } from './profiles-page.js';

/**
 * The values a profile's system offers for table keys (a Kafka cluster's topics under
 * `topic`), from `GET /v1/connection_profiles/{id}/autocomplete`; none when it cannot say.
 */
export async function autocomplete(profile: string): Promise<Record<string, string[]>> {
  try {
    return (await api<{ values: Record<string, string[]> }>('GET', `/v1/connection_profiles/${seg(profile)}/autocomplete`)).data.values;
  } catch {
    return {};
  }
}

/**
 * Registers a table on a profile, in a dialect: a form drawn from the table schema of a
 * connector of that dialect that takes the profile's connector (Flink's kafka and
 * upsert-kafka both take a kafka profile: then a choice between them).
 */
export function TableFormPage({ profileName }: { profileName?: string }) {
  const [profile, setProfile] = useState(profileName ?? '');
  const [dialect, setDialect] = useState<Dialect>('arroyo');
  const [connectorName, setConnectorName] = useState('');
  const [data, error] = useLoad(async () => {
    const [profiles, connectors] = await Promise.all([
      listAll<Profile>('/v1/connection_profiles'),
      api<{ data: Connector[] }>('GET', `/v1/connectors?dialect=${dialect}`).then((a) => a.data.data),
    ]);
    return { profiles, connectors };
  }, [dialect]);
  const [suggestions] = useLoad(() => (profile ? autocomplete(profile) : Promise.resolve({})), [profile]);
  const chosen = data?.profiles.find((p) => p.name === profile);
  const choices = data?.connectors.filter((c) => c.takes_profile !== false && (c.profile_connector ?? c.name) === chosen?.connector) ?? [];
  const connector = choices.find((c) => c.name === connectorName) ?? choices[0];
  return (
    <>
      <h1 tabIndex={-1}>Register a table</h1>
      <ErrorBox error={error} />
      <div class="toolbar">
        <div class="field">
          <label for="table-form-profile">Profile</label>
          <select id="table-form-profile" value={profile} onChange={(e) => setProfile(e.currentTarget.value)}>
            <option value="">choose a profile</option>
            {data?.profiles.map((p) => (
              <option value={p.name}>
                {p.name} ({p.connector})
              </option>
            ))}
          </select>
        </div>
        <DialectPicker
          id="table-form-dialect"
          value={dialect}
          onChange={setDialect}
          help="The SQL the table is written in: its connectors, its keys, and the checks it passes at every change of its profile."
        />
        {choices.length > 1 ? (
          <div class="field">
            <label for="table-form-connector">Connector</label>
            <select id="table-form-connector" value={connector?.name} onChange={(e) => setConnectorName(e.currentTarget.value)}>
              {choices.map((c) => (
                <option value={c.name}>{c.name}</option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {chosen && data && !connector ? (
        <p class="muted" role="status">
          No {DIALECT_TITLES[dialect]} connector takes a {chosen.connector} profile.
        </p>
      ) : null}
      {chosen && connector ? (
        <TableForm
          key={`${dialect}/${profile}/${connector.name}`}
          profile={chosen}
          connector={connector}
          dialect={dialect}
          suggestions={suggestions ?? {}}
        />
      ) : null}
    </>
  );
}

function TableForm({
  profile,
  connector,
  dialect,
  suggestions,
}: {
  profile: Profile;
  connector: Connector;
  dialect: Dialect;
  suggestions: Record<string, string[]>;
}) {
  const nodes = useMemo(() => describeForm(connector.table_schema), [connector]);
  const [name, setName] = useState('');
  const [config, setConfig] = useState<Config>({});
  const [error, setError] = useState<unknown>();
  const problems = problemsByField(
    error instanceof ApiError && Array.isArray(error.details.problems) ? (error.details.problems as Problem[]) : [],
    nodes,
  );
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', '/v1/connection_tables', {
        body: { name, connection_profile_id: profile.name, connector: connector.name, dialect, config: flattenToOptions(config, nodes) },
      });
      go('tables', name);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={save} novalidate>
      <p class="muted">
        A {connector.name} table in {DIALECT_TITLES[dialect]} on <a href={href('profiles', profile.name)}>{profile.name}</a>.
        {suggestions.topic ? ` The topic field offers the ${suggestions.topic.length} topics of its cluster.` : ''}
      </p>
      <ErrorBox error={error} />
      <div class="field">
        <label for="table-name">Table name</label>
        <input id="table-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <SchemaForm nodes={nodes} config={config} onChange={setConfig} problems={problems} suggestions={suggestions} idPrefix="table" />
      <div class="actions">
        <button type="submit">Register the table</button>
      </div>
    </form>
  );
}
