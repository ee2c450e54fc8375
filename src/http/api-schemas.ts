import { z } from 'zod';
import { DIALECTS } from '../connectors/dialect.js';
import { parseWholeNumber, wholeNumberExpected } from '../json/index.js';

/** Profile names: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export const profileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'a name holds letters, digits, ., _ and -, and starts with a letter or digit' });

/**
 * The body of `POST /v1/connection_profiles` (and of the seed's curl request).
 *
 * @example
 * ```ts
 * profileCreateBody.parse({ name: 'production-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } });
 * ```
 */
export const profileCreateBody = z
  .strictObject({
    name: profileName,
    connector: z.string().min(1),
    config: z.record(z.string(), z.unknown()),
    overridable: z.array(z.string()).optional(),
    description: z.string().max(2000).nullable().optional(),
  })
  .meta({ id: 'ProfileCreate' });

/** The body of `PUT /v1/connection_profiles/{id}`; `version` may come as `If-Match` instead. */
export const profileUpdateBody = z
  .strictObject({
    config: z.record(z.string(), z.unknown()).optional().meta({
      description:
        'the whole config; at each sensitive field, `********` or the field left out keeps the stored secret, a real value replaces it, `null` removes it',
    }),
    overridable: z.array(z.string()).optional(),
    description: z.string().max(2000).nullable().optional(),
    version: z.number().int().positive().optional(),
  })
  .meta({ id: 'ProfileUpdate' });

/** The body of `POST /v1/connection_profiles/test`: a draft, not saved. */
export const profileTestBody = z
  .strictObject({
    name: z.string().optional(),
    connector: z.string().min(1),
    config: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ProfileTest' });

/** The body of `POST /v1/connection_tables`: a table's own options and the profile it uses. */
export const tableCreateBody = z
  .strictObject({
    name: z.string().min(1).max(200),
    connection_profile_id: z
      .union([z.string().min(1), z.number().int()])
      .nullable()
      .optional(),
    connector: z.string().min(1).optional(),
    config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    dialect: z
      .enum(DIALECTS)
      .optional()
      .describe(
        "The SQL `config` is written in: `arroyo` (default), or `flink` for Flink's connectors and keys. The table keeps it: its dialect's connectors judge it at every change of its profile",
      ),
    schema: z.unknown().optional(),
  })
  .meta({ id: 'TableCreate' });

/**
 * The body of `POST /v1/connection_tables/test`: a draft table, tested with its profile
 * and not saved. The name is optional.
 *
 * @example
 * ```ts
 * tableTestBody.parse({ connection_profile_id: 'production-kafka', config: { topic: 'orders', format: 'json' } });
 * ```
 */
export const tableTestBody = tableCreateBody.extend({ name: tableCreateBody.shape.name.optional() }).meta({ id: 'TableTest' });

/** The body of `POST /v1/resolve`. */
export const resolveBody = z
  .strictObject({
    sql: z.string(),
    /** Register every table the script creates, all or none, when it has no errors. */
    register: z.boolean().optional(),
    secrets: z
      .enum(['redact', 'template'])
      .optional()
      .describe(
        'How secrets are written into `options` and `sql`: `redact` (default) as `********`; `template` as the `{{ NAME }}` template the profile holds, unfilled, for Arroyo to fill at run time (a secret held as a value is then `SECRET_NOT_TEMPLATED`)',
      ),
    dialect: z
      .enum(DIALECTS)
      .optional()
      .describe(
        "The SQL the script is written in: `arroyo` (default), or `flink` for Flink SQL tables (Flink's connectors and keys, `'key' = 'value'` options, FLIP-529's `USING CONNECTION name` naming a profile), rewritten as Flink DDL. Both resolve against the same profiles",
      ),
  })
  .meta({ id: 'Resolve' });

/** A profile on the wire; secrets are always `********`. */
export const profileResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    connector: z.string(),
    config: z.record(z.string(), z.unknown()),
    overridable: z.array(z.string()),
    description: z.string().nullable(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'Profile' });

/** A registered table on the wire. */
export const tableResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    connector: z.string(),
    dialect: z.string().describe('The SQL the table was written in: `arroyo` or `flink`'),
    connection_profile_id: z.string().nullable(),
    connection_profile: z.string().nullable(),
    config: z.record(z.string(), z.string()),
    schema: z.unknown(),
    created_at: z.string(),
  })
  .meta({ id: 'Table' });

/** Every error: a stable code, a message for people, and details as data. */
export const errorResponseSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
  })
  .meta({ id: 'Error' });

/** A live test's verdict. */
export const testResultResponse = z
  .object({
    ok: z.boolean(),
    connector: z.string(),
    durationMs: z.number(),
    steps: z.array(z.object({ name: z.string(), ok: z.boolean(), durationMs: z.number(), message: z.string() })),
    error: z.object({ code: z.string(), message: z.string(), hint: z.string(), step: z.string().optional() }).optional(),
  })
  .meta({ id: 'TestResult' });

/** What `POST /v1/resolve` returns. */
export const resolveResponse = z
  .object({
    tables: z.array(z.record(z.string(), z.unknown())),
    passthrough: z.array(z.object({ sql: z.string(), line: z.number() })),
    errors: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        line: z.number(),
        column: z.number(),
        table: z.string().optional(),
        key: z.string().optional(),
        suggestion: z.string().optional(),
      }),
    ),
    warnings: z.array(z.record(z.string(), z.unknown())),
    columnRules: z.enum(['checked', 'skipped']),
  })
  .meta({ id: 'ResolveResult' });

/** The largest offset or limit a page query takes: a 32-bit integer, which every store handles. */
const MAX_PAGE_NUMBER = 2_147_483_647;

/** A whole number in a query string, from `min` to `max`; anything else is a 400 naming the parameter. */
function wholeNumberParam(min: number, max: number) {
  return z
    .string()
    .transform((text, context) => {
      const value = parseWholeNumber(text, min, max);
      if (value === undefined) context.addIssue({ code: 'custom', message: `takes ${wholeNumberExpected(min, max)}` });
      return value ?? z.NEVER;
    })
    .meta({ type: 'integer', minimum: min, maximum: max });
}

/** A boolean in a query string: `true`, `false`, `1` or `0`; anything else is a 400. */
const booleanParam = z
  .enum(['true', 'false', '1', '0'], { message: 'takes true, false, 1 or 0' })
  .transform((v) => v === 'true' || v === '1')
  .meta({ type: 'boolean' });

/**
 * A path's `{id}`: a profile's or table's id or name. Control characters (a NUL from
 * `%00`) are a 400, before any store sees them.
 *
 * @example
 * ```ts
 * idParams.parse({ id: 'production-kafka' });
 * ```
 */
export const idParams = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\u0000-\u001f\u007f]*$/, { message: 'an id or name holds no control characters' })
    .meta({ description: 'the id or the name' }),
});

/**
 * The query of a list: `limit` (1 to 500) and `offset`.
 *
 * @example
 * ```ts
 * pageQuery.parse({ limit: '50', offset: '100' }); // { limit: 50, offset: 100 }
 * ```
 */
export const pageQuery = z.object({
  limit: wholeNumberParam(1, 500).optional(),
  offset: wholeNumberParam(0, MAX_PAGE_NUMBER).optional(),
});

/** The query of `GET /v1/connection_tables`: a page, and optionally only the tables of one profile. */
export const tableListQuery = pageQuery.extend({
  profile: idParams.shape.id.optional().meta({ description: 'only the tables that use this profile (id or name)' }),
});

/** `deadline_ms`: the live test's deadline, capped by the server's `--max-test-deadline-ms`. */
const deadlineParam = wholeNumberParam(1, MAX_PAGE_NUMBER)
  .optional()
  .meta({ description: "the live test's deadline in ms, capped by the server" });

/**
 * The query of every live-test route.
 *
 * @example
 * ```ts
 * testQuery.parse({ deadline_ms: '2000' }); // { deadline_ms: 2000 }
 * ```
 */
export const testQuery = z.object({ deadline_ms: deadlineParam });

/** The query of `POST /v1/connection_profiles`: `test` saves only after a live test passes. */
export const profileCreateQuery = testQuery.extend({
  test: booleanParam
    .optional()
    .meta({ description: 'test the profile live (through the live-test pool) and save it only if the test passes' }),
});
