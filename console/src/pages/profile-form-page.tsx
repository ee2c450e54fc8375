import { useMemo, useState } from 'preact/hooks';
import { api, ApiError, seg } from '../api.js';
import { ErrorBox } from '../components/error-box.js';
import { TestRunner } from '../components/test-runner.js';
import { useLoad } from '../components/use-load.js';
import { go, href } from '../router.js';
import { describeForm, fieldKeys, FieldProblems, problemsByField, SchemaForm, type Config, type Problem } from '../schema-form/index.js';
import type { Connector, Profile, TestResult } from '../types.js';
import { takesProfile } from './connectors-page.js';

/** The problems an error carries: a 422's `details.problems`, or a 400's `details.issues`. */
function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError)) return [];
  if (Array.isArray(error.details.problems)) return error.details.problems as Problem[];
  if (Array.isArray(error.details.issues)) {
    return (error.details.issues as Array<{ path: string; message: string }>).map((i) => ({
      code: error.code,
      message: i.message,
      key: i.path.startsWith('config.') ? i.path.slice(7) : i.path,
    }));
  }
  return [];
}

/**
 * The connectors a profile may name: Arroyo's, and those of Flink SQL that take profiles
 * of their own (JDBC), which Arroyo lacks. Profiles are stored once for both dialects.
 */
async function profileConnectors(): Promise<Connector[]> {
  const [arroyo, flink] = await Promise.all(
    ['arroyo', 'flink'].map(async (dialect) => (await api<{ data: Connector[] }>('GET', `/v1/connectors?dialect=${dialect}`)).data.data),
  );
  const names = new Set(arroyo.map((c) => c.name));
  return [...arroyo, ...flink.filter((c) => c.takes_profile && c.profile_connector === c.name && !names.has(c.name))];
}

/** Create (no `name`) or edit (`name`) a profile, with a form drawn from its connector's JSON Schema. */
export function ProfileFormPage({ name, connectorName }: { name?: string; connectorName?: string }) {
  const [loaded, loadError, reload] = useLoad(async () => {
    const connectors = await profileConnectors();
    const profile = name ? (await api<Profile>('GET', `/v1/connection_profiles/${seg(name)}`)).data : undefined;
    return { connectors, profile };
  }, [name]);
  if (loadError)
    return (
      <>
        <h1 tabIndex={-1}>Profile {name}</h1>
        <ErrorBox error={loadError} />
      </>
    );
  if (!loaded) return <p>Loading…</p>;
  if (!name && !connectorName) return <ChooseConnector connectors={loaded.connectors} />;
  const connector = loaded.connectors.find((c) => c.name === (loaded.profile?.connector ?? connectorName));
  if (!connector)
    return (
      <>
        <h1 tabIndex={-1}>New profile</h1>
        <p class="error" role="alert">
          No connector named {connectorName}.
        </p>
      </>
    );
  // Keyed by connector, name and version: another connector's form, or a reload after a
  // conflict, starts afresh from what is stored.
  return (
    <ProfileForm
      key={`${connector.name}:${name}:${loaded.profile?.version}`}
      connector={connector}
      profile={loaded.profile}
      reload={reload}
    />
  );
}

function ChooseConnector({ connectors }: { connectors: Connector[] }) {
  return (
    <>
      <h1 tabIndex={-1}>New profile</h1>
      <p>Choose its connector:</p>
      <ul class="links">
        {connectors.filter(takesProfile).map((c) => (
          <li>
            <a href={href('profiles', 'new', c.name)}>{c.name}</a> <span class="muted">{c.description}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ProfileForm({ connector, profile, reload }: { connector: Connector; profile?: Profile; reload: () => void }) {
  const nodes = useMemo(() => describeForm(connector.profile_schema), [connector]);
  const keys = useMemo(() => fieldKeys(nodes), [nodes]);
  const [profileName, setProfileName] = useState(profile?.name ?? '');
  const [description, setDescription] = useState(profile?.description ?? '');
  const [config, setConfig] = useState<Config>(profile?.config ?? {});
  const [overridable, setOverridable] = useState<string[]>(profile?.overridable ?? []);
  const [testFirst, setTestFirst] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const problems = problemsByField(problemsOf(error), nodes);
  const general = problems.get('') ?? [];
  const conflict = error instanceof ApiError && (error.code === 'VERSION_CONFLICT' || error.status === 412);
  const inUse =
    error instanceof ApiError && error.code === 'PROFILE_IN_USE' ? ((error.details.tables as string[] | undefined) ?? []) : undefined;
  const failedTest =
    error instanceof ApiError && error.code === 'TEST_FAILED' ? (error.details.result as TestResult | undefined) : undefined;
  const extraKeys = overridable.filter((k) => !keys.includes(k));

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      if (profile) {
        // Only what changed is sent. A stored secret left untouched goes back as
        // `********`, which the API reads as "keep the stored value".
        const changed = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
        await api('PUT', `/v1/connection_profiles/${seg(profile.name)}`, {
          headers: { 'if-match': `"${profile.version}"` },
          body: {
            ...(changed(config, profile.config) ? { config } : {}),
            ...(changed(overridable, profile.overridable) ? { overridable } : {}),
            ...((description || null) !== profile.description ? { description: description || null } : {}),
          },
        });
      } else {
        await api('POST', `/v1/connection_profiles${testFirst ? '?test=true' : ''}`, {
          body: { name: profileName, connector: connector.name, config, overridable, ...(description ? { description } : {}) },
        });
      }
      go('profiles');
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  const remove = async (): Promise<void> => {
    setError(undefined);
    try {
      await api('DELETE', `/v1/connection_profiles/${seg(profile!.name)}`);
      go('profiles');
    } catch (e) {
      setConfirmDelete(false);
      setError(e);
    }
  };

  return (
    <form onSubmit={save} novalidate>
      <h1 tabIndex={-1}>{profile ? `Profile ${profile.name}` : `New ${connector.name} profile`}</h1>
      <p class="muted">
        {connector.name}: {connector.description}
        {profile ? ` · version ${profile.version}` : ''}
      </p>
      {conflict ? (
        <div class="error" role="alert">
          <strong>Someone else changed this profile</strong> since you opened it (you edited version {profile?.version}
          {typeof error.details.actual === 'number' ? `; it is now at version ${error.details.actual}` : ''}). Nothing was saved.{' '}
          <button type="button" class="secondary" onClick={reload}>
            Reload the profile
          </button>
        </div>
      ) : inUse ? (
        <div class="error" role="alert">
          <code>PROFILE_IN_USE</code> This profile is used by {inUse.length === 1 ? 'the table' : 'the tables'}{' '}
          {inUse.map((t, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={href('tables', t)}>{t}</a>
            </>
          ))}
          . Drop {inUse.length === 1 ? 'it' : 'them'} or move {inUse.length === 1 ? 'it' : 'them'} to another profile first.
        </div>
      ) : error && !problems.size ? (
        <ErrorBox error={error} />
      ) : error ? (
        <div class="error" role="alert">
          <code>{(error as ApiError).code}</code> The profile was not saved: see the problems marked below.
        </div>
      ) : null}
      <FieldProblems problems={general} id="profile-problems" />
      {failedTest ? (
        <p class="hint">
          The test failed at {failedTest.error?.step}: {failedTest.error?.hint}
        </p>
      ) : null}

      <fieldset class="section">
        <legend>Profile</legend>
        <div class="field">
          <span class="label">
            <label for="profile-name">Name</label>
            <span class="required"> required</span>
          </span>
          <input
            id="profile-name"
            aria-required="true"
            value={profileName}
            readOnly={!!profile}
            onInput={(e) => setProfileName(e.currentTarget.value)}
            aria-describedby="profile-name-help"
            aria-invalid={problems.has('name') ? true : undefined}
          />
          <p class="help" id="profile-name-help">
            Tables name it in <code>connection_profile = '…'</code>. Letters, digits, ., _ and -.{profile ? ' It cannot be changed.' : ''}
          </p>
          <FieldProblems problems={problemsOf(error).filter((p) => p.key === 'name')} id="profile-name-problems" />
        </div>
        <div class="field">
          <label for="profile-description">Description</label>
          <input id="profile-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </div>
      </fieldset>

      <SchemaForm nodes={nodes} config={config} onChange={setConfig} problems={problems} idPrefix="config" />

      <fieldset class="section">
        <legend>Keys a table may override</legend>
        <p class="help">A table that sets one of this profile's keys is refused, unless the key is ticked here.</p>
        <div class="multi">
          {[...keys, ...extraKeys].map((key) => (
            <label class="inline">
              <input
                type="checkbox"
                aria-label={`Tables may override ${key}`}
                checked={overridable.includes(key)}
                onChange={(e) => setOverridable(e.currentTarget.checked ? [...overridable, key] : overridable.filter((k) => k !== key))}
              />
              <code>{key}</code>
            </label>
          ))}
        </div>
      </fieldset>

      {profile ? (
        <TestRunner label="Test the saved profile" path={`/v1/connection_profiles/${seg(profile.name)}/test`} body={() => undefined} />
      ) : (
        <TestRunner
          label="Test connection"
          path="/v1/connection_profiles/test"
          body={() => ({ name: profileName || 'draft', connector: connector.name, config })}
        />
      )}

      <div class="actions">
        {!profile ? (
          <label class="inline">
            <input type="checkbox" checked={testFirst} onChange={(e) => setTestFirst(e.currentTarget.checked)} />
            Save only if the test passes
          </label>
        ) : null}
        <button type="submit" disabled={saving}>
          {profile ? 'Save changes' : 'Save profile'}
        </button>
        <a class="button secondary" href={href('profiles')}>
          Cancel
        </a>
        {profile && !confirmDelete ? (
          <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
            Delete profile
          </button>
        ) : null}
        {confirmDelete ? (
          <span role="group" aria-label="Confirm the deletion">
            Delete {profile!.name}?{' '}
            <button type="button" class="danger" onClick={remove}>
              Yes, delete it
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </span>
        ) : null}
      </div>
    </form>
  );
}
