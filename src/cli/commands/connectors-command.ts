import { connectorToWire } from '../../http/wire-format.js';
import type { CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { parseOptions } from '../parse-options.js';
import { CONNECTORS_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

/**
 * `ddl-profiles connectors [list]`: the registered connectors, one a line; with `--json`,
 * `{ data: [...] }` with each one's JSON Schemas, as `GET /v1/connectors` returns it.
 *
 * @example
 * ```ts
 * await connectorsCommand(['list', '--json'], processIo());
 * ```
 */
export async function connectorsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
  const [action = 'list', ...rest] = positionals;
  if (action !== 'list' || rest.length > 0)
    throw new UsageError(`unknown connectors command '${positionals.join(' ')}'\n${CONNECTORS_USAGE}`);
  const { createRegistry } = await import('../../connectors/index.js');
  const connectors = createRegistry().list();
  if (values.json) io.out(jsonText({ data: connectors.map(connectorToWire) }));
  else {
    const width = Math.max(...connectors.map((c) => c.name.length));
    io.out(
      connectors
        .map(
          (c) => `${c.name.padEnd(width)}  ${c.roles.join(',').padEnd(18)}  ${c.takesProfile ? 'profile' : 'no profile'}  ${c.description}`,
        )
        .join('\n'),
    );
  }
  return 0;
}
