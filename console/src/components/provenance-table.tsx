import type { ResolvedTable } from '../types.js';

/** Provenance words, for people. */
const FROM: Record<string, string> = { table: 'the table', profile: 'the profile', default: 'a default', env: 'the environment' };

/**
 * A resolved table's config as a table: each key, its value (secrets masked by the
 * server) and where the value came from (the table, the profile, a default, the
 * environment).
 *
 * @example
 * ```tsx
 * <ProvenanceTable table={resolved.tables[0]} />
 * ```
 */
export function ProvenanceTable({ table }: { table: Pick<ResolvedTable, 'options' | 'provenance'> }) {
  return (
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(table.options).map(([key, value]) => (
            <tr>
              <th scope="row">
                <code>{key}</code>
              </th>
              <td>
                <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>
              </td>
              <td class={`from-${table.provenance[key]}`}>{FROM[table.provenance[key]] ?? table.provenance[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
