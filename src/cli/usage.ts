// The help texts, apart from the commands: `--help` and `COMMAND --help` print them
// without loading any command (start-up time; see bench/cli-startup.mjs).

import { DIALECTS } from '../connectors/dialect.js';

/** `--dialect`'s synopsis, from the dialects there are. */
const DIALECT = `[--dialect ${DIALECTS.join('|')}]`;

/** `ddl-profiles resolve --help`. */
export const RESOLVE_USAGE = `usage: ddl-profiles resolve FILE.sql [--profiles PROFILES.json] [--env-file ENV] [--show-secrets | --secrets redact|template] [--no-columns] [--json]
                                   [--store DIR|:memory: | --database-url URL] [--tenant NAME] [--import PROFILES.json] [--register]
                                   [--unknown-connectors error|passthrough] ${DIALECT}

Resolves every CREATE TABLE in FILE.sql (- for standard input) into a validated connector config.
--dialect names the SQL FILE.sql is written in (default arroyo): with flink its tables are Flink SQL
tables (Flink's connectors and keys; USING CONNECTION NAME names a profile too), rewritten as Flink DDL.
Profiles come from --profiles (a JSON array of {name, connector, config, overridable?}),
or else from the store (--store, --database-url, $DATABASE_URL, default ./.ddl-profiles);
--import first saves the profiles of a file into the store, all or nothing.
--unknown-connectors passthrough lets a table of a connector nobody registered pass through
untouched (with a CONNECTOR_NOT_REGISTERED warning) instead of failing as UNKNOWN_CONNECTOR.
Exit status: 0 when there are no errors, 1 when there are, 2 on a usage error.`;

/** `ddl-profiles profiles --help`. */
export const PROFILES_USAGE = `usage: ddl-profiles profiles create (FILE.json | --name NAME --connector C --config @FILE.json|JSON) [--overridable K,K] [--description D] [--test] [--env-file ENV]
       ddl-profiles profiles list [--limit N] [--offset N]
       ddl-profiles profiles show NAME [--show-secrets]
       ddl-profiles profiles update NAME [--config @FILE.json|JSON] [--overridable K,K] [--description D] [--version V]
       ddl-profiles profiles delete NAME
       ddl-profiles profiles test NAME [--deadline-ms N] [--env-file ENV] [--allow-test-hosts CIDR|PATTERN,…]   (each step as it ends; exit 1 on failure)
       ddl-profiles profiles import FILE.json          (a JSON array of profile bodies, or Arroyo's {"data": [...]}; all or nothing)
       ddl-profiles profiles apply FILE.yaml|FILE.json [--prune] [--dry-run] [--detailed-exitcode] [--env-file ENV]
                                                       (makes the store's profiles what FILE says, in one transaction)
Every command takes --json, --store DIR | --database-url URL, and --tenant NAME.
update without --version applies to the version it reads first.
apply reads a list of profile bodies (or {profiles: [...]}, ours or Arroyo's shape) and creates what the store
lacks, updates what differs and, with --prune, deletes what FILE lacks: all or nothing. --dry-run prints the
diff (secrets masked) and writes nothing; --detailed-exitcode exits 2 when something changed (or would).`;

/** `ddl-profiles tables --help`. */
export const TABLES_USAGE = `usage: ddl-profiles tables list [--profile NAME] [--limit N] [--offset N] [--json] [--store DIR | --database-url URL] [--tenant NAME]
       ddl-profiles tables drop NAME [--json] [--store DIR | --database-url URL] [--tenant NAME]
       ddl-profiles tables test NAME [--deadline-ms N] [--env-file ENV] [--json] [--allow-test-hosts CIDR|PATTERN,…] [--store DIR | --database-url URL] [--tenant NAME]
tables test runs the table's profile steps, then its own (a topic, a schema subject), each printed as it ends; exit 1 on failure.`;

/** `ddl-profiles test --help`. */
export const TEST_USAGE = `usage: ddl-profiles test --connector C --config @FILE.json|JSON [--env-file ENV] [--deadline-ms N] [--json] [--allow-test-hosts CIDR|PATTERN,…]
       ddl-profiles test --table FILE.sql [--profiles PROFILES.json | --store DIR | --database-url URL] [--tenant NAME] [--env-file ENV] [--deadline-ms N] [--json] [--allow-test-hosts …]
                                          ${DIALECT}
Tests a draft profile live, without saving it, or every table FILE.sql creates (its profile's
steps, then its topic or subject), nothing saved: each step is printed as it ends. --dialect is
the SQL of FILE.sql, as for resolve (default arroyo).
Exit status: 0 when every test passes, 1 when one fails (or the script has errors), 2 on a usage error.`;

/** `ddl-profiles serve --help`. */
export const SERVE_USAGE = `usage: ddl-profiles serve [--port 8000] [--host 127.0.0.1] (--token-file FILE | $DDL_PROFILES_TOKENS | --insecure-no-auth)
                        [--env-file ENV] [--max-body-bytes N] [--max-concurrent-tests N] [--max-test-deadline-ms N]
                        [--max-connections N] [--headers-timeout-ms N] [--request-timeout-ms N]
                        [--max-statements N] [--max-options-per-table N]
                        [--store DIR | --database-url URL] [--no-console] [--unknown-connectors error|passthrough]
Serves the REST API, and the web console at / (--no-console turns it off). Tokens map to tenants: one "TOKEN TENANT [ENV_FILE]" per line, or a JSON
object. ENV_FILE is that tenant's own environment for {{ NAME }} templates; a tenant without one
gets none. --env-file is the environment of tenant "default" only.
Without tokens it refuses to start, unless --insecure-no-auth, which binds to 127.0.0.1 only.
--allow-test-hosts: live tests reach only these CIDRs and host patterns; any other target is 'config', nothing sent.`;

/** `ddl-profiles keys --help`. */
export const KEYS_USAGE = `usage: ddl-profiles keys rotate [--new-key-file FILE] [--json] [--store DIR | --database-url URL] [--secret-key-file FILE]
Re-encrypts every secret of the store (every tenant) under a new key, in one transaction;
the old key works until it commits. The current key comes from $DDL_PROFILES_SECRET_KEY,
--secret-key-file, or the key file beside a PGlite directory (DIR.key), which is replaced.
--new-key-file names the new key: read if the file exists, else generated into it (mode 0600);
it is required when the current key was given rather than kept beside the directory.`;

/** `ddl-profiles connectors --help`. */
export const CONNECTORS_USAGE = `usage: ddl-profiles connectors [list] [--json]
Lists the registered connectors: name, roles, whether a table takes a profile. With --json, each one's
profile and table JSON Schemas and sensitive fields too, as GET /v1/connectors returns them.`;

/**
 * The overview `ddl-profiles --help` prints.
 *
 * @example
 * ```ts
 * io.out(USAGE);
 * ```
 */
export const USAGE = `ddl-profiles: resolve streaming-SQL DDL against named connection profiles

${[RESOLVE_USAGE, PROFILES_USAGE, TABLES_USAGE, TEST_USAGE, CONNECTORS_USAGE, SERVE_USAGE, KEYS_USAGE].join('\n\n')}

ddl-profiles --version prints the version.
--json prints what the REST API returns for the same request (lists as {"data": [...], "total": N}), and an error
as the API's error body, {"error": {"code", "message", "details"}}, on standard output.
Exit status: 0 success, 1 a problem in the input or a refused operation, 2 a usage error, 70 an internal error.`;
