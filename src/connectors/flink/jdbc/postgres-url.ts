import type { Endpoint } from '../../../testing/index.js';

/**
 * A PostgreSQL JDBC URL taken apart: the servers it names (localhost:5432 when none),
 * the database (empty: the user's own) and its connection parameters.
 *
 * @example
 * ```ts
 * const url: PostgresJdbcUrl = { servers: [{ host: 'db', port: 5432 }], database: 'shop', parameters: new URLSearchParams('ssl=true') };
 * ```
 */
export interface PostgresJdbcUrl {
  servers: Endpoint[];
  database: string;
  parameters: URLSearchParams;
}

const PREFIX = 'jdbc:postgresql:';
const SERVER = /^(?:\[([0-9a-f:.]+)\]|([^\s:[\]/?#@,]+))(?::(\d{1,5}))?$/i;

/**
 * Reads a JDBC URL as PostgreSQL's driver (and Flink's `PostgresFactory`) does:
 * `jdbc:postgresql:database`, `jdbc:postgresql:/`, or
 * `jdbc:postgresql://host[:port][,host2[:port2]…]/[database][?parameters]`.
 * Undefined when it is none of these.
 *
 * @example
 * ```ts
 * parsePostgresJdbcUrl('jdbc:postgresql://db:6432/shop?ssl=true')?.servers; // [{ host: 'db', port: 6432 }]
 * parsePostgresJdbcUrl('postgres://db/shop'); // undefined
 * ```
 */
export function parsePostgresJdbcUrl(url: string): PostgresJdbcUrl | undefined {
  if (!url.startsWith(PREFIX)) return undefined;
  const rest = url.slice(PREFIX.length);
  const query = rest.indexOf('?');
  const body = query < 0 ? rest : rest.slice(0, query);
  const parameters = new URLSearchParams(query < 0 ? '' : rest.slice(query + 1));
  const local = [{ host: 'localhost', port: 5432 }];
  if (!body.startsWith('//')) {
    if (/[\s/]/.test(body.replace(/^\//, ''))) return undefined;
    return { servers: local, database: decodeURIComponent(body.replace(/^\//, '')), parameters };
  }
  const slash = body.indexOf('/', 2);
  if (slash < 0) return undefined;
  const servers: Endpoint[] = [];
  for (const server of body.slice(2, slash).split(',')) {
    const match = SERVER.exec(server);
    const port = Number(match?.[3] ?? 5432);
    if (!match || port < 1 || port > 65535) return undefined;
    servers.push({ host: match[1] ?? match[2], port });
  }
  const database = body.slice(slash + 1);
  if (/[\s/]/.test(database)) return undefined;
  return { servers, database: decodeURIComponent(database), parameters };
}
