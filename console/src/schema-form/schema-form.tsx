import { useState } from 'preact/hooks';
import { choose, chosen, getAt, REDACTED, setAt, type Config, type FormNode, type Problem } from './form-model.js';

/** What every control needs: the config, a way to change it, the problems at each field. */
interface FieldContext {
  config: Config;
  onChange: (config: Config) => void;
  problems: Map<string, Problem[]>;
  /** Values to offer for a key (topics for `topic`), as a datalist. */
  suggestions: Record<string, string[]>;
  /** DOM ids start with this, so that two forms on a page never share one. */
  idPrefix: string;
}

/** A DOM id for a field key. */
function idOf(context: FieldContext, key: string, suffix = ''): string {
  return `${context.idPrefix}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}${suffix}`;
}

function Help({ node, context }: { node: FormNode; context: FieldContext }) {
  return node.help ? (
    <p class="help" id={idOf(context, node.key, '-help')}>
      {node.help}
    </p>
  ) : null;
}

/** The problems the server reported at a field, in the server's words (a suggestion is in its message). */
export function FieldProblems({ problems, id }: { problems: Problem[] | undefined; id: string }) {
  if (!problems?.length) return null;
  return (
    <ul class="problems" id={id} role="alert">
      {problems.map((p) => (
        <li>
          <code>{p.code}</code> {p.message}
        </li>
      ))}
    </ul>
  );
}

function describedBy(node: FormNode, context: FieldContext): string | undefined {
  const ids = [
    node.help ? idOf(context, node.key, '-help') : '',
    context.problems.get(node.key)?.length ? idOf(context, node.key, '-problems') : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ node, context }: { node: FormNode; context: FieldContext }) {
  return (
    <span class="label">
      <label for={idOf(context, node.key)}>{node.label}</label>
      {node.required ? <span class="required"> required</span> : null}
    </span>
  );
}

function MapRows({ node, context }: { node: FormNode; context: FieldContext }) {
  const value = (getAt(context.config, node.path) ?? {}) as Record<string, string>;
  const [rows, setRows] = useState<Array<[string, string]>>(() => Object.entries(value));
  const update = (next: Array<[string, string]>): void => {
    setRows(next);
    context.onChange(setAt(context.config, node.path, Object.fromEntries(next.filter(([k]) => k.trim() !== ''))));
  };
  return (
    <fieldset class="map" aria-describedby={describedBy(node, context)}>
      <legend>{node.label}</legend>
      <Help node={node} context={context} />
      {rows.map(([k, v], i) => (
        <div class="map-row">
          <input
            aria-label={`${node.label} key ${i + 1}`}
            value={k}
            onInput={(e) => update(rows.map((r, j) => (j === i ? [e.currentTarget.value, r[1]] : r)))}
          />
          <input
            aria-label={`${node.label} value ${i + 1}`}
            value={v}
            onInput={(e) => update(rows.map((r, j) => (j === i ? [r[0], e.currentTarget.value] : r)))}
          />
          <button
            type="button"
            class="secondary"
            aria-label={`Remove ${node.label} row ${i + 1}`}
            onClick={() => update(rows.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => update([...rows, ['', '']])}>
        Add a {node.label} entry
      </button>
      <FieldProblems problems={context.problems.get(node.key)} id={idOf(context, node.key, '-problems')} />
    </fieldset>
  );
}

function Choice({ node, context }: { node: Extract<FormNode, { kind: 'choice' }>; context: FieldContext }) {
  const current = chosen(context.config, node);
  const alternative = node.alternatives.find((a) => a.value === current);
  return (
    <fieldset class="section">
      <legend>{node.label}</legend>
      <Help node={node} context={context} />
      <div role="radiogroup" aria-label={node.label} class="choices">
        {node.alternatives.map((a) => (
          <label class="inline">
            <input
              type="radio"
              name={idOf(context, node.key, '-choice')}
              value={a.value}
              checked={current === a.value}
              onChange={() => context.onChange(choose(context.config, node, a.value))}
            />
            {a.label}
          </label>
        ))}
        {!node.required ? (
          <label class="inline">
            <input
              type="radio"
              name={idOf(context, node.key, '-choice')}
              value=""
              checked={current === undefined}
              onChange={() => context.onChange(setAt(context.config, node.path, undefined))}
            />
            not set
          </label>
        ) : null}
      </div>
      <FieldProblems problems={context.problems.get(node.key)} id={idOf(context, node.key, '-problems')} />
      {alternative?.children.map((child) => (
        <Field node={child} context={context} />
      ))}
    </fieldset>
  );
}

function Field({ node, context }: { node: FormNode; context: FieldContext }) {
  const value = getAt(context.config, node.path);
  const set = (next: unknown): void => context.onChange(setAt(context.config, node.path, next));
  const problems = context.problems.get(node.key);
  const common = {
    id: idOf(context, node.key),
    'aria-describedby': describedBy(node, context),
    'aria-invalid': problems?.length ? true : undefined,
    'aria-required': node.required ? true : undefined,
  };
  switch (node.kind) {
    case 'section':
      return (
        <fieldset class="section">
          <legend>{node.label}</legend>
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
          {node.children.map((child) => (
            <Field node={child} context={context} />
          ))}
        </fieldset>
      );
    case 'choice':
      return <Choice node={node} context={context} />;
    case 'map':
      return <MapRows node={node} context={context} />;
    case 'checkbox':
      return (
        <div class="field checkbox">
          <input
            type="checkbox"
            {...common}
            checked={value === undefined ? node.defaultValue === true : value === true}
            onChange={(e) => set(e.currentTarget.checked)}
          />
          <Label node={node} context={context} />
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
        </div>
      );
    case 'select':
      return (
        <div class="field">
          <Label node={node} context={context} />
          <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.currentTarget.value || undefined)}>
            <option value="">{node.defaultValue ? `default (${node.defaultValue})` : 'not set'}</option>
            {node.values.map((v) => (
              <option value={v}>{v}</option>
            ))}
          </select>
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
        </div>
      );
    case 'list':
      return (
        <div class="field">
          <Label node={node} context={context} />
          <textarea
            {...common}
            rows={3}
            value={Array.isArray(value) ? value.join('\n') : ''}
            onInput={(e) => {
              const lines = e.currentTarget.value.split('\n').map((l) => l.trim());
              set(lines.some((l) => l) ? lines.filter((l) => l) : undefined);
            }}
          />
          <p class="help">One value a line.</p>
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
        </div>
      );
    case 'number':
      return (
        <div class="field">
          <Label node={node} context={context} />
          <input
            {...common}
            inputMode="numeric"
            value={value === undefined ? '' : String(value)}
            onInput={(e) => {
              const text = e.currentTarget.value.trim();
              // A number that does not parse is sent as typed, for the server to say why.
              set(text === '' ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
            }}
          />
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
        </div>
      );
    case 'text': {
      const stored = node.secret && value === REDACTED;
      const list = context.suggestions[node.key];
      return (
        <div class="field">
          <Label node={node} context={context} />
          <input
            {...common}
            type={node.secret ? 'password' : node.format === 'uri' ? 'url' : 'text'}
            autoComplete={node.secret ? 'new-password' : 'off'}
            spellcheck={false}
            // A stored secret is never shown: the field stays empty, and left so, keeps it.
            value={stored ? '' : typeof value === 'string' ? value : ''}
            placeholder={stored ? 'stored; leave empty to keep it' : undefined}
            list={list ? idOf(context, node.key, '-list') : undefined}
            onInput={(e) => set(e.currentTarget.value === '' && stored ? REDACTED : e.currentTarget.value)}
          />
          {list ? (
            <datalist id={idOf(context, node.key, '-list')}>
              {list.map((v) => (
                <option value={v} />
              ))}
            </datalist>
          ) : null}
          <Help node={node} context={context} />
          <FieldProblems problems={problems} id={idOf(context, node.key, '-problems')} />
        </div>
      );
    }
  }
}

/**
 * A form drawn from a connector's JSON Schema: sections, choices, selects, checkboxes,
 * map rows, password inputs for secrets, help text and the server's problems at each
 * field. It edits `config` and reports every change through `onChange`.
 *
 * @example
 * ```tsx
 * <SchemaForm nodes={describeForm(connector.profile_schema)} config={config} onChange={setConfig} problems={byField} />
 * ```
 */
export function SchemaForm(props: {
  nodes: FormNode[];
  config: Config;
  onChange: (config: Config) => void;
  problems: Map<string, Problem[]>;
  suggestions?: Record<string, string[]>;
  idPrefix?: string;
}) {
  const context: FieldContext = {
    config: props.config,
    onChange: props.onChange,
    problems: props.problems,
    suggestions: props.suggestions ?? {},
    idPrefix: props.idPrefix ?? 'field',
  };
  return (
    <div class="schema-form">
      {props.nodes.map((node) => (
        <Field node={node} context={context} />
      ))}
    </div>
  );
}
