import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import {
  changeBreaksTables,
  columnNote,
  columnsUnparsed,
  connectorMismatch,
  connectorNotRegistered,
  DdlProfilesError,
  duplicateOption,
  duplicateTable,
  inlineSecret,
  invalidColumn,
  invalidValue,
  messageOf,
  missingEnvVar,
  secretNotTemplated,
  missingOption,
  nameTaken,
  notInEngineDdl,
  notOneOf,
  optionConflict,
  parseError,
  partitionedByBeforeWith,
  partitionedByIgnored,
  type ProblemData,
  profileInUse,
  profileTestFailed,
  profileNotFound,
  profileNotResolved,
  secretKeyInvalid,
  secretKeyRequired,
  secretKeyUnknown,
  tableNotFound,
  tooManyOptions,
  tooManyStatements,
  unknownConnector,
  unknownOption,
  unknownType,
  versionConflict,
  type WarningData,
  wrongArgumentType,
  definitionInvalid,
} from '../../src/errors/index.js';
import * as storeFactories from '../../src/errors/store-problem-factories.js';
import { lockDirectory } from '../../src/store/directory-lock.js';
import { createHandler, TokenAuth } from '../../src/http/index.js';
import { readSecretKeyFile } from '../../src/store/secret-key.js';
import { type Catalog, createRegistry, openCatalog, resolve } from '../../src/index.js';

/**
 * Each store factory (typed by the module: a factory added without words here fails to
 * compile, and the test below), the problems it makes, and the words messageOf gives them.
 */
const STORE_WORDED: Record<keyof typeof storeFactories, Array<[ProblemData, string]>> = {
  storeOptionEmpty: [
    [
      storeFactories.storeOptionEmpty('url'),
      "the store's url is given but empty (an unset environment variable?); leave url out for a store in memory",
    ],
    [
      storeFactories.storeOptionEmpty('path'),
      "the store's path is given but empty (an unset environment variable?); leave path out for a store in memory",
    ],
  ],
  notAPostgresUrl: [[storeFactories.notAPostgresUrl(), 'the database URL must look like postgres://user:password@host:5432/database']],
  storePathNotADirectory: [
    [storeFactories.storePathNotADirectory('./d', 'ENOTDIR'), 'the PGlite store path ./d is a file, not a directory'],
  ],
  newKeyRequired: [[storeFactories.newKeyRequired(), 'this store was given its key, so give the new key too: it is yours to keep']],
  storeUnavailable: [
    [storeFactories.storeUnavailable('query', { reason: 'timeout' }), 'the profile store is unavailable: timeout'],
    [storeFactories.storeUnavailable('migration', { reason: 'denied' }), "the store's migrations failed: denied"],
    [storeFactories.storeUnavailable('open', { path: './d', reason: 'bad' }), 'cannot open the PGlite store at ./d: bad'],
    [
      storeFactories.storeUnavailable('create-directory', { path: './d', errno: 'EACCES' }),
      'cannot create the PGlite store directory ./d (EACCES)',
    ],
    [storeFactories.storeUnavailable('create-directory', { path: './d' }), 'cannot create the PGlite store directory ./d (error)'],
    [
      storeFactories.storeUnavailable('lock', { path: './d', errno: 'EACCES', reason: 'denied' }),
      'cannot lock the PGlite store at ./d: denied',
    ],
  ],
  storeInUse: [
    [
      storeFactories.storeInUse('./d', { pid: 42, sameProcess: false }),
      'the PGlite store at ./d is in use by process 42; a PGlite store serves one process at a time (use PostgreSQL to share one)',
    ],
    [
      storeFactories.storeInUse('./d', { pid: 42, sameProcess: true }),
      'the PGlite store at ./d is in use by another store in this process; a PGlite store serves one process at a time (use PostgreSQL to share one)',
    ],
    [
      storeFactories.storeInUse('./d'),
      'the PGlite store at ./d is in use by another process; a PGlite store serves one process at a time (use PostgreSQL to share one)',
    ],
  ],
};

/** Each code's factory, and the words messageOf gives it: every variant a code has. */
const WORDED: Array<[ProblemData, string]> = [
  [parseError({ unterminated: 'string literal' }), 'unterminated string literal'],
  [parseError({ unterminated: '/* comment' }), 'unterminated /* comment'],
  [parseError({ unexpected: 'NUL byte' }), 'unexpected NUL byte'],
  [parseError({ unclosed: "the column list's '('" }), "the column list's '(' is never closed"],
  [parseError({ expected: 'an expression in the parentheses after AS' }), 'expected an expression in the parentheses after AS'],
  [
    parseError({ expected: "'=' after option key 'k'", found: { kind: 'string literal', length: 3 } }),
    "expected '=' after option key 'k', found a string literal of 3 characters",
  ],
  [parseError({ expected: 'a table name', found: { kind: 'word', length: 1 } }), 'expected a table name, found a word of 1 character'],
  [
    parseError({ expected: 'an option key', found: { kind: 'backtick identifier', length: 14 } }),
    'expected an option key, found a backtick identifier of 14 characters',
  ],
  [parseError({ expected: "',' or ')'", found: { kind: 'punctuation', char: ';' } }), "expected ',' or ')', found ';'"],
  [parseError({ expected: 'a value', found: { kind: 'end' } }), 'expected a value, found the end of the statement'],
  [profileNotFound('prod-kafak'), "profile 'prod-kafak' does not exist"],
  [profileNotFound('prod-kafak', 'prod-kafka'), "profile 'prod-kafak' does not exist; did you mean 'prod-kafka'?"],
  [unknownConnector('kafak'), "connector 'kafak' is not registered"],
  [
    unknownConnector('kafak', 'kafka', { known: ['kafka', 'redis'] }),
    "connector 'kafak' is not registered; did you mean 'kafka'? (known: kafka, redis)",
  ],
  [
    unknownConnector('lake', undefined, { profile: 'lakehouse' }),
    "connector 'lake' is not registered; it cannot pass through untouched, since it names connection_profile 'lakehouse'",
  ],
  [
    connectorMismatch({ table: 'o', connector: 'redis', profile: 'k', profileConnector: 'kafka' }),
    "table 'o' uses connector 'redis', but profile 'k' is a 'kafka' profile",
  ],
  [
    unknownOption({ key: 'topc', connector: 'kafka', where: 'table', suggestion: 'topic' }),
    "'topc' is not an option of the kafka connector; did you mean 'topic'?",
  ],
  [
    unknownOption({ key: 'bootstrap_server', connector: 'kafka', where: 'profile', profile: 'k', suggestion: 'bootstrap_servers' }),
    "profile 'k' sets 'bootstrap_server', which is not an option of the kafka connector; did you mean 'bootstrap_servers'?",
  ],
  [
    unknownOption({ key: 'topic', connector: 'kafka', where: 'profile', profile: 'k', tableOption: true }),
    "profile 'k' sets 'topic', which is a table option: profiles hold connection settings only",
  ],
  [
    unknownOption({ key: 'nope', connector: 'kafka', where: 'overridable' }),
    "overridable lists 'nope', which is not an option of the kafka connector",
  ],
  [duplicateOption('topic', 'orders'), "option 'topic' is set more than once in table 'orders'"],
  [duplicateOption('topic', 'orders', 'kafka.topic'), "option 'topic' is set more than once in table 'orders' (again as 'kafka.topic')"],
  [optionConflict('format', 'k', false), "'format' belongs to profile 'k'; a table may set it only if the profile lists it in overridable"],
  [
    optionConflict('bootstrap_servers', 'k', true),
    "'bootstrap_servers' belongs to profile 'k'; a table may set it only if the profile lists it in overridable by its exact name, since it says where credentials are sent",
  ],
  [invalidValue('format', "expected one of 'json'"), "format: expected one of 'json'"],
  [invalidValue('port', 'expected a number', { profile: 'k' }), "profile 'k', port: expected a number"],
  [invalidValue('type', 'temporary tables must be type lookup', { standalone: true }), 'temporary tables must be type lookup'],
  [missingOption('topic', { table: 'orders' }), "table 'orders' needs option 'topic'"],
  [missingOption('bootstrap_servers', { profile: 'k' }), "profile 'k' needs option 'bootstrap_servers'"],
  [
    missingOption('connector', { table: 'orders', needs: 'connector' }),
    "table 'orders' names neither a connector nor a connection_profile",
  ],
  [missingOption('stream', { reason: 'stream is required for a JetStream source' }), 'stream is required for a JetStream source'],
  [
    missingEnvVar('authentication.password', 'k', ['KAFKA_PASSWORD']),
    "profile 'k' fills 'authentication.password' from {{ KAFKA_PASSWORD }}, and the environment has no KAFKA_PASSWORD",
  ],
  [
    secretNotTemplated('authentication.password', 'orders', 'k'),
    "profile 'k' holds the secret 'authentication.password' as a value; with secrets: 'template' every secret is a {{ NAME }} template, which the engine fills at run time",
  ],
  [
    secretNotTemplated('password', 'hits'),
    "table 'hits' holds the secret 'password' as a value; with secrets: 'template' every secret is a {{ NAME }} template, which the engine fills at run time",
  ],
  [tooManyStatements(4, 3), 'the script holds 4 statements, more than the 3 one resolve takes (maxStatements)'],
  [tooManyOptions('big', 10, 7), "table 'big' has 10 WITH options, more than the 7 a table may have (maxOptionsPerTable)"],
  [unknownType('name', 'VARCHR', 'VARCHAR'), "column 'name': unknown type 'VARCHR'; did you mean 'VARCHAR'?"],
  [unknownType('r', 'ROW<a INT>', 'STRUCT', true), "column 'r': unknown type 'ROW<a INT>'; Arroyo has STRUCT instead"],
  [invalidColumn('a table takes one WATERMARK FOR only'), 'a table takes one WATERMARK FOR only'],
  [
    partitionedByBeforeWith('events'),
    "table 'events' writes PARTITIONED BY (…) before WITH (…); Arroyo's SQL parser reads PARTITIONED BY only after WITH (…): move it there",
  ],
  [tableNotFound('orders'), "table 'orders' does not exist"],
  [notOneOf('unknownConnectors', ['error', 'passthrough'], 'skip'), "unknownConnectors takes error or passthrough, got 'skip'"],
  [notOneOf('unknownConnectors', ['error', 'passthrough'], 3), 'unknownConnectors takes error or passthrough, got 3'],
  [
    secretKeyInvalid('DDL_PROFILES_SECRET_KEY'),
    'DDL_PROFILES_SECRET_KEY is not a secret key: expected the base64 of 32 random bytes (openssl rand -base64 32)',
  ],
  [secretKeyInvalid('the secret key file ./k', { path: './k', file: 'missing', errno: 'ENOENT' }), 'no such secret key file: ./k'],
  [
    secretKeyInvalid('the secret key file ./k', { path: './k', file: 'unreadable', errno: 'EACCES' }),
    'cannot read the secret key file ./k (EACCES)',
  ],
  [secretKeyInvalid('the secret key file ./k', { path: './k', file: 'exists' }), 'the secret key file ./k already exists'],
  [
    secretKeyInvalid('the secret key file ./k', { path: './k', file: 'unwritable', errno: 'EROFS' }),
    'cannot write the secret key file ./k (EROFS)',
  ],
  [profileTestFailed('k', 'connect', 'connection refused'), "profile 'k' was not saved: its test failed at connect: connection refused"],
  [nameTaken('PROFILE_EXISTS', 'k'), "profile 'k' already exists"],
  [nameTaken('TABLE_EXISTS', 'orders'), "table 'orders' already exists"],
  [
    profileInUse('cache', ['counts', 'totals']),
    "profile 'cache' is used by table(s) 'counts', 'totals'; drop them or move them to another profile first",
  ],
  [versionConflict('k', 1, 2), "profile 'k' is at version 2, not 1: read it again and reapply the change"],
  [versionConflict('k', 1), "profile 'k' changed while it was being updated"],
  [changeBreaksTables('k', ['orders']), "the change to profile 'k' would break table(s) 'orders'"],
  [
    secretKeyRequired({ owner: 'profile', name: 'k' }, 'authentication.password'),
    "profile 'k' holds a secret (authentication.password), and this store has no secret key to encrypt it with: give one (DDL_PROFILES_SECRET_KEY or --secret-key-file), or allow plaintext secrets explicitly (--allow-plaintext-secrets)",
  ],
  [
    secretKeyUnknown({ owner: 'table', name: 'o' }, 'password', 'a1', { given: [] }),
    "table 'o' holds a secret (password) encrypted under key a1, and this store was given no secret key: give it key a1 (DDL_PROFILES_SECRET_KEY or --secret-key-file)",
  ],
  [
    secretKeyUnknown({ owner: 'table', name: 'o' }, 'password', 'a1', { given: ['b2'] }),
    "table 'o' holds a secret (password) encrypted under key a1, and this store was given key b2: give it key a1 (DDL_PROFILES_SECRET_KEY or --secret-key-file)",
  ],
  [
    secretKeyUnknown({ owner: 'profile', name: 'k' }, 'password', 'a1', { altered: true }),
    "profile 'k' holds a secret (password) that does not decrypt under key a1: the stored value was altered or moved",
  ],
  [wrongArgumentType('script', 42), 'resolve() takes the script as a string, not number'],
  [wrongArgumentType('script', null), 'resolve() takes the script as a string, not null'],
  [
    wrongArgumentType('profiles', {}),
    'resolve() takes profiles as an array of profiles, or a ProfileSource with fetchProfiles() and knownNames()',
  ],
  [
    definitionInvalid('PROFILE_INVALID', 'k', [missingOption('bootstrap_servers', { profile: 'k' }), unknownConnector('kafak')]),
    "profile 'k' is not valid: MISSING_OPTION profile 'k' needs option 'bootstrap_servers'; UNKNOWN_CONNECTOR connector 'kafak' is not registered",
  ],
  [definitionInvalid('TABLE_INVALID', 'o', [profileNotFound('p')]), "table 'o' is not valid: PROFILE_NOT_FOUND profile 'p' does not exist"],
  ...Object.values(STORE_WORDED).flat(),
];

/** Each warning code's factory, its typed parameters, and the words messageOf gives it. */
const WARNED: Array<[WarningData, string]> = [
  [
    columnsUnparsed({ expected: "',' or the end of the column list", found: { kind: 'word', length: 7 } }, { line: 2, column: 9 }),
    "expected ',' or the end of the column list, found a word of 7 characters (line 2, column 9); columns kept as raw text; the column rules are skipped",
  ],
  [columnNote('EXPRESSION_UNCHECKED', "the expression 'a +' was not checked"), "the expression 'a +' was not checked"],
  [columnNote('ENGINE_REFUSES', 'a trailing comma'), 'a trailing comma'],
  [
    profileNotResolved('connection_profile'),
    'this statement sets connection_profile, but only CREATE TABLE … WITH (…) is resolved: it passes through untouched',
  ],
  [
    profileNotResolved('CONNECTION_PROFILE'),
    "this statement sets 'CONNECTION_PROFILE', which is not 'connection_profile' (option keys are case-sensitive): it passes through untouched",
  ],
  [
    inlineSecret('orders', 'authentication.password'),
    "table 'orders' writes the secret 'authentication.password' in its DDL, where every reader of the script sees it; keep it in a connection profile",
  ],
  [
    duplicateTable('orders', 3, false),
    "table 'orders' was already created at line 3; creating it again fails, in the planner and when registering",
  ],
  [duplicateTable('orders', 3, true), "table 'orders' was already created at line 3; IF NOT EXISTS keeps the first"],
  [
    notInEngineDdl('connection_properties', { keys: 2, profile: 'k' }),
    "Arroyo's DDL has no key for 'connection_properties' (2 keys, from profile 'k'): the rewritten statement leaves it out, so the engine will not see it; it stays in config",
  ],
  [
    notInEngineDdl('tls.ca_file'),
    "Arroyo's DDL has no key for 'tls.ca_file' (set by the table): the rewritten statement leaves it out, so the engine will not see it; it stays in config",
  ],
  [
    connectorNotRegistered('hudi', 'lake'),
    "connector 'hudi' is not registered: table 'lake' passes through untouched (unknownConnectors: 'passthrough')",
  ],
  [
    partitionedByIgnored('kafka', 'orders', ['iceberg']),
    "table 'orders' has a PARTITIONED BY clause, which Arroyo's kafka connector ignores (it is read for iceberg tables only; filesystem and delta sinks take 'partitioning.fields')",
  ],
];

describe('problems are data, worded once by messageOf', () => {
  it.each(WORDED.map(([problem, words]) => [problem.code, problem, words] as const))('%s: %o', (_code, problem, words) => {
    expect(messageOf(problem)).toBe(words);
  });

  it.each(WARNED.map(([warning, words]) => [warning.code, warning, words] as const))('warning %s: %o', (_code, warning, words) => {
    expect(messageOf(warning)).toBe(words);
  });

  it('has a worded case for every warning code', () => {
    expect([...new Set(WARNED.map(([w]) => w.code))].sort()).toEqual(
      [
        'COLUMNS_UNPARSED',
        'EXPRESSION_UNCHECKED',
        'ENGINE_REFUSES',
        'PROFILE_NOT_RESOLVED',
        'INLINE_SECRET',
        'DUPLICATE_TABLE',
        'NOT_IN_ENGINE_DDL',
        'CONNECTOR_NOT_REGISTERED',
        'PARTITIONED_BY_IGNORED',
      ].sort(),
    );
  });

  it('has a worded case for every code a problem can have', () => {
    const codes = new Set(WORDED.map(([p]) => p.code));
    // The diagnostic codes README lists, and the exception codes that have a shape.
    const listed = [
      'PARSE_ERROR',
      'UNKNOWN_CONNECTOR',
      'PROFILE_NOT_FOUND',
      'CONNECTOR_MISMATCH',
      'UNKNOWN_OPTION',
      'DUPLICATE_OPTION',
      'OPTION_CONFLICT',
      'INVALID_VALUE',
      'MISSING_OPTION',
      'MISSING_ENV_VAR',
      'SECRET_NOT_TEMPLATED',
      'UNKNOWN_TYPE',
      'INVALID_COLUMN',
      'MISPLACED_CLAUSE',
      'TOO_MANY_STATEMENTS',
      'TOO_MANY_OPTIONS',
      'TABLE_NOT_FOUND',
      'PROFILE_EXISTS',
      'TABLE_EXISTS',
      'PROFILE_IN_USE',
      'VERSION_CONFLICT',
      'TABLE_INVALID',
      'SECRET_KEY_REQUIRED',
      'SECRET_KEY_UNKNOWN',
      'INVALID_ARGUMENT',
      'TEST_FAILED',
      'PROFILE_INVALID',
      'STORE_UNAVAILABLE',
    ];
    expect([...codes].sort()).toEqual(listed.sort());
  });

  it('keeps a suggestion as a field, and the message says it', () => {
    const problem = unknownConnector('kafak', 'kafka');
    expect(problem).toEqual({ code: 'UNKNOWN_CONNECTOR', key: 'connector', connector: 'kafak', suggestion: 'kafka' });
    expect(messageOf({ ...problem, suggestion: 'redis' })).toBe("connector 'kafak' is not registered; did you mean 'redis'?");
  });

  it('has words for every store factory', () => {
    expect(Object.keys(STORE_WORDED).sort()).toEqual(Object.keys(storeFactories).sort());
    for (const cases of Object.values(STORE_WORDED)) expect(cases.length).toBeGreaterThan(0);
  });

  it('throws a store path that is a file as data: the path and the system code', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ddl-lock-')), 'a-file');
    writeFileSync(file, '');
    let thrown: unknown;
    try {
      lockDirectory(file);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DdlProfilesError).toJSON()).toEqual({
      code: 'INVALID_ARGUMENT',
      message: `the PGlite store path ${file} is a file, not a directory`,
      details: { option: 'path', reason: 'not-a-directory', path: file, errno: 'EEXIST' },
    });
  });

  it('throws a key file problem as data: the path, what went wrong, the system code', () => {
    const missing = join(tmpdir(), 'ddl-no-such-key-file');
    let thrown: unknown;
    try {
      readSecretKeyFile(missing);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DdlProfilesError);
    expect((thrown as DdlProfilesError).toJSON()).toEqual({
      code: 'INVALID_ARGUMENT',
      message: `no such secret key file: ${missing}`,
      details: { key: `the secret key file ${missing}`, path: missing, file: 'missing', errno: 'ENOENT' },
    });
  });

  it('makes a library error from a problem: its code, its message, its data as details', () => {
    const error = DdlProfilesError.of(profileNotFound('nope'));
    expect(error).toBeInstanceOf(DdlProfilesError);
    expect(error.toJSON()).toEqual({ code: 'PROFILE_NOT_FOUND', message: "profile 'nope' does not exist", details: { profile: 'nope' } });
  });
});

const TOKEN = 'messages-token-0001';
const PROFILE = { name: 'production-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } };
const SCRIPT = [
  "CREATE TABLE a (id BIGINT) WITH (connection_profile = 'production-kafak', topic = 't', format = 'json', type = 'source');",
  "CREATE TABLE b (id BIGINT) WITH (connector = 'kafak', topic = 't', format = 'json', type = 'source');",
].join('\n');

/**
 * The three surfaces of one tenant, set up for a describe block: a work folder holding
 * `script.sql` and `profiles.json`, a catalog of tenant `acme` holding the profile, the
 * HTTP handler on it (`call`), and the CLI run in process in the work folder (`cli`).
 */
function threeSurfaces(
  prefix: string,
  script: string,
  profile: { name: string; connector: string; config: Record<string, unknown> },
  options: { unknownConnectors?: 'passthrough' } = {},
) {
  const state = { catalog: undefined as unknown as Catalog, work: '' };
  beforeAll(async () => {
    state.work = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(state.work, 'script.sql'), script);
    writeFileSync(join(state.work, 'profiles.json'), JSON.stringify([profile]));
    state.catalog = await openCatalog({ tenant: 'acme', ...options });
    await state.catalog.profiles.create(profile);
  }, 60_000);
  afterAll(async () => {
    await state.catalog?.close();
    rmSync(state.work, { recursive: true, force: true });
  });
  const call = (method: string, path: string, body?: unknown) =>
    createHandler({ catalog: state.catalog, auth: new TokenAuth({ [TOKEN]: 'acme' }) })(
      new Request(`http://127.0.0.1${path}`, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: state.work });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  return { state, call, cli };
}

describe('the library, the CLI and the HTTP API say the same words for the same problem', () => {
  const { state, call, cli } = threeSurfaces('ddl-messages-', SCRIPT, PROFILE);

  it('a profile not found and an unknown connector, each with its suggestion, in a resolve', async () => {
    const expected = [
      messageOf(profileNotFound('production-kafak', 'production-kafka')),
      messageOf(unknownConnector('kafak', 'kafka', { known: createRegistry().names() })),
    ];
    expect(expected[0]).toBe("profile 'production-kafak' does not exist; did you mean 'production-kafka'?");

    const library = await resolve(SCRIPT, { profiles: [PROFILE] });
    expect(library.errors).toMatchObject([
      { code: 'PROFILE_NOT_FOUND', profile: 'production-kafak', suggestion: 'production-kafka', line: 1, table: 'a' },
      { code: 'UNKNOWN_CONNECTOR', connector: 'kafak', suggestion: 'kafka', line: 2, table: 'b' },
    ]);
    expect(library.errors.map((e) => e.message)).toEqual(expected);
    // A diagnostic is its problem's data: messageOf words it again the same.
    for (const e of library.errors) expect(messageOf(e)).toBe(e.message);

    const response = await call('POST', '/v1/resolve', { sql: SCRIPT });
    const http = (await response.json()) as { errors: typeof library.errors };
    expect(http.errors).toEqual(library.errors);

    const script = join(state.work, 'script.sql');
    const text = await cli(['resolve', script, '--profiles', join(state.work, 'profiles.json')]);
    expect(text.code, text.stderr).toBe(1);
    const printed = text.stdout.split('\n');
    for (const e of library.errors) expect(printed).toContain(`${script}:${e.line}:${e.column}: ${e.code} ${e.message}`);
  });

  it('a profile not found, thrown by the catalog, answered by HTTP and printed by the CLI', async () => {
    const words = messageOf(profileNotFound('ghost'));
    await expect(state.catalog.profiles.get('ghost')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND', message: words });

    const response = await call('GET', '/v1/connection_profiles/ghost');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: unknown }).error).toMatchObject({
      code: 'PROFILE_NOT_FOUND',
      message: words,
      details: { profile: 'ghost' },
    });

    const shown = await cli(['profiles', 'show', 'ghost', '--store', join(state.work, 'store')]);
    expect(shown.code).not.toBe(0);
    expect(`${shown.stdout}\n${shown.stderr}`).toContain(`PROFILE_NOT_FOUND: ${words}`);
  }, 60_000);
});

const WARNING_PROFILE = {
  name: 'production-kafka',
  connector: 'kafka',
  config: { bootstrap_servers: 'kafka-broker:9092', connection_properties: { 'linger.ms': '5' } },
};
/** One script that draws a warning of most codes, each with its own parameters. */
const WARNING_SCRIPT = [
  "CREATE TABLE a (id BIGINT,) WITH (connection_profile = 'production-kafka', topic = 't', format = 'json', type = 'source');",
  "CREATE TABLE a (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'b:9092', topic = 't', format = 'json', type = 'source', 'auth.type' = 'sasl', 'auth.mechanism' = 'PLAIN', 'auth.username' = 'u', 'auth.password' = 'warn-pw-41');",
  "CREATE TABLE lake (id BIGINT) WITH (connector = 'hudi', path = '/x');",
  "ALTER TABLE a SET ('connection_profile' = 'production-kafka');",
  "CREATE TABLE parted (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'b:9092', topic = 't', format = 'json', type = 'sink') PARTITIONED BY (id);",
].join('\n');

describe('the library, the CLI --json and the HTTP API give the same warnings, each its typed data worded by messageOf', () => {
  const { state, call, cli } = threeSurfaces('ddl-warnings-', WARNING_SCRIPT, WARNING_PROFILE, { unknownConnectors: 'passthrough' });

  it('words every warning from its data, identically on every surface', async () => {
    const library = await resolve(WARNING_SCRIPT, { profiles: [WARNING_PROFILE], unknownConnectors: 'passthrough' });
    expect(library.errors).toEqual([]);
    expect(library.warnings.map((w) => w.code).sort()).toEqual(
      [
        'CONNECTOR_NOT_REGISTERED',
        'DUPLICATE_TABLE',
        'ENGINE_REFUSES',
        'INLINE_SECRET',
        'NOT_IN_ENGINE_DDL',
        'PARTITIONED_BY_IGNORED',
        'PROFILE_NOT_RESOLVED',
      ].sort(),
    );
    expect(library.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INLINE_SECRET', table: 'a', key: 'authentication.password' }),
        expect.objectContaining({ code: 'DUPLICATE_TABLE', table: 'a', firstLine: 1, ifNotExists: false }),
        expect.objectContaining({ code: 'NOT_IN_ENGINE_DDL', key: 'connection_properties', keys: 1, profile: 'production-kafka' }),
        expect.objectContaining({ code: 'CONNECTOR_NOT_REGISTERED', connector: 'hudi', table: 'lake' }),
        expect.objectContaining({ code: 'PROFILE_NOT_RESOLVED', written: 'connection_profile' }),
        expect.objectContaining({ code: 'PARTITIONED_BY_IGNORED', connector: 'kafka', table: 'parted', readBy: ['iceberg'] }),
      ]),
    );
    // Each warning's message is messageOf of its own data, and never quotes the secret.
    for (const warning of library.warnings) expect(messageOf(warning)).toBe(warning.message);
    expect(JSON.stringify(library.warnings)).not.toContain('warn-pw-41');

    const response = await call('POST', '/v1/resolve', { sql: WARNING_SCRIPT });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { warnings: unknown }).warnings).toEqual(library.warnings);

    const printed = await cli([
      'resolve',
      join(state.work, 'script.sql'),
      '--profiles',
      join(state.work, 'profiles.json'),
      '--unknown-connectors',
      'passthrough',
      '--json',
    ]);
    expect(printed.code).toBe(0);
    expect((JSON.parse(printed.stdout) as { warnings: unknown }).warnings).toEqual(library.warnings);
  }, 60_000);
});

describe('no caller reads words back out of a message', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const sources = [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'console', 'src'))];
  /** A file's code lines, numbered: TSDoc and comments (whose examples quote messages) left out. */
  const codeLines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => [`${relative(root, file)}:${index + 1}`, line] as const)
      .filter(([, line]) => !/^\s*(\*|\/\/|\/\*\*)/.test(line));
  // The testers read their client libraries' errors (kafkajs, ioredis, mqtt.js), which are not ours.
  const ours = sources.filter((f) => !/\/(connectors|testing|store)\//.test(relative(root, f)));

  it('has renderers to look at', () => {
    expect(ours.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining(['src/cli/render-resolve.ts', 'src/catalog/profile-service.ts', 'console/src/pages/playground-page.tsx']),
    );
  });

  it('searches no message text (includes, startsWith, match, a regex test, …) in src or the console', () => {
    const searching =
      /\bmessage\??\s*\.\s*(includes|startsWith|endsWith|match|matchAll|indexOf|lastIndexOf|search|split|replace)\s*\(|\.(test|exec)\([^)]*\bmessage\b/;
    const found = ours.flatMap((file) =>
      codeLines(file)
        .filter(([, line]) => searching.test(line))
        .map(([where, line]) => `${where}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('writes "did you mean" in one place: messageOf', () => {
    const writers = sources
      .filter((file) => codeLines(file).some(([, line]) => /did you mean/i.test(line)))
      .map((file) => relative(root, file));
    expect(writers).toEqual(['src/errors/message-of.ts']);
  });
});
