import { z } from 'zod';
import type { ConfigRule } from '../../connector-definition.js';
import { field, secret } from '../../field-info.js';
import { parsePostgresJdbcUrl } from './postgres-url.js';

/** Connection parameters of a JDBC URL that carry a secret, which belongs in the password field. */
const SECRET_PARAMETERS = ['password', 'sslpassword'];

const postgresUrl = z
  .string()
  .refine((text) => parsePostgresJdbcUrl(text) !== undefined, {
    message: "expected a PostgreSQL JDBC URL, 'jdbc:postgresql://host[:port]/database' (Flink finds no other JDBC dialect here)",
  })
  .refine((text) => !SECRET_PARAMETERS.some((name) => parsePostgresJdbcUrl(text)?.parameters.has(name)), {
    message:
      'the URL carries a password parameter, which would show wherever the URL does: put it in the password field, which is kept secret',
  });

/**
 * A Flink JDBC profile, for PostgreSQL: where the database is (`url`, an endpoint) and who
 * connects (`username`, `password`), Flink's own keys (`JdbcConnectorOptions`).
 *
 * @example
 * ```ts
 * flinkJdbcProfileSchema.parse({ url: 'jdbc:postgresql://db:5432/shop', username: 'flink', password: 's3cret' });
 * ```
 */
export const flinkJdbcProfileSchema = z.strictObject({
  url: field(postgresUrl, {
    endpoint: true,
    description: 'The JDBC URL of the PostgreSQL database: jdbc:postgresql://host[:port]/database',
  }),
  username: field(z.string().min(1), { templatable: true, description: 'The database user' }).optional(),
  password: secret(z.string(), { description: "The database user's password" }).optional(),
});

/**
 * The parsed JDBC profile config.
 *
 * @example
 * ```ts
 * const profile: FlinkJdbcProfileConfig = { url: 'jdbc:postgresql://db/shop', username: 'flink', password: 's3cret' };
 * ```
 */
export type FlinkJdbcProfileConfig = z.output<typeof flinkJdbcProfileSchema>;

/**
 * Flink takes a username and a password together or neither ("Either all or none of the
 * following options should be provided: username password"): the one left out is missing.
 *
 * @example
 * ```ts
 * flinkJdbcConnector.profileValidator.safeParse({ url: 'jdbc:postgresql://db/shop', username: 'flink' }).success; // false
 * ```
 */
export const flinkJdbcCredentialsRule: ConfigRule = (config, context) => {
  const missing = config.username === undefined ? 'username' : config.password === undefined ? 'password' : undefined;
  if (missing === undefined || (config.username === undefined && config.password === undefined)) return;
  context.addIssue({
    code: 'custom',
    path: [missing],
    message: `Either all or none of the following options should be provided: username password (${missing} is missing)`,
    params: { code: 'MISSING_OPTION' },
  });
};
