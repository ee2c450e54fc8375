import { DIALECT_TITLES, DIALECTS, type Dialect } from '../../../src/connectors/dialect.js';

/**
 * The dialect of the script to resolve (or of the table to register, with its own
 * `help`), as a labelled native select (so the keyboard moves through it as through any
 * select), its choices named as people name them.
 *
 * @example
 * ```tsx
 * <DialectPicker id="dialect" value={dialect} onChange={setDialect} />
 * ```
 */
export function DialectPicker({
  id,
  value,
  onChange,
  help = 'The SQL the script is written in, and so the connectors it names and the DDL written back.',
}: {
  id: string;
  value: Dialect;
  onChange: (next: Dialect) => void;
  help?: string;
}) {
  return (
    <div class="field">
      <label for={id}>Dialect</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Dialect)} aria-describedby={`${id}-help`}>
        {DIALECTS.map((d) => (
          <option value={d}>{DIALECT_TITLES[d]}</option>
        ))}
      </select>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
