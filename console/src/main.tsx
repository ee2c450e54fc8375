import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, currentToken, setToken } from './api.js';
import { ConnectorsPage } from './pages/connectors-page.js';
import { PlaygroundPage } from './pages/playground-page.js';
import { ProfileFormPage } from './pages/profile-form-page.js';
import { ProfilesPage } from './pages/profiles-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { TableDetailPage } from './pages/table-detail-page.js';
import { TableFormPage } from './pages/table-form-page.js';
import { TablesPage } from './pages/tables-page.js';
import { href, useRoute } from './router.js';

const NAV: Array<[string, string]> = [
  ['profiles', 'Profiles'],
  ['tables', 'Tables'],
  ['playground', 'Resolve playground'],
  ['connectors', 'Connectors'],
];

function Page({ route }: { route: string[] }) {
  const [section, id, action] = route;
  switch (section ?? 'profiles') {
    case 'connectors':
      return <ConnectorsPage />;
    case 'profiles':
      if (id === 'new') return <ProfileFormPage connectorName={action} />;
      if (id) return <ProfileFormPage name={id} />;
      return <ProfilesPage />;
    case 'tables':
      if (id === 'new') return <TableFormPage profileName={action} />;
      if (id) return <TableDetailPage name={id} />;
      return <TablesPage />;
    case 'playground':
      return <PlaygroundPage />;
    default:
      return (
        <p>
          No such page. <a href={href('profiles')}>Go to the profiles</a>.
        </p>
      );
  }
}

function App() {
  const route = useRoute();
  const [tenant, setTenant] = useState<string | undefined>();
  const [checking, setChecking] = useState(currentToken() !== undefined);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!currentToken()) return;
    api<{ tenant: string }>('GET', '/v1/whoami')
      .then(({ data }) => setTenant(data.tenant))
      .catch((error) => {
        if (error instanceof ApiError && error.status === 401) setToken(undefined);
      })
      .finally(() => setChecking(false));
  }, []);

  // A new page moves the focus to its heading, for keyboard and screen-reader users.
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.join('/'), tenant]);

  if (checking) return <p>Checking the session…</p>;
  if (!tenant) return <SignInPage onSignedIn={setTenant} />;
  const active = route[0] ?? 'profiles';
  return (
    <>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.querySelector<HTMLElement>('h1')?.focus();
        }}
      >
        Skip to the content
      </a>
      <header>
        <span class="brand">ddl-profiles</span>
        <nav aria-label="Main">
          {NAV.map(([path, label]) => (
            <a href={href(path)} aria-current={active === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <span class="session">
          Tenant <strong data-testid="tenant">{tenant}</strong>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setToken(undefined);
              setTenant(undefined);
              location.hash = '';
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main id="main" ref={main}>
        <Page route={route} />
      </main>
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
