import type { Dialect } from '../../src/connectors/dialect.js';
import type { JsonSchema } from './schema-form/form-model.js';

/** A connector of `GET /v1/connectors`. */
export interface Connector {
  name: string;
  description: string;
  profile_schema: JsonSchema;
  table_schema: JsonSchema;
  sensitive_fields: string[];
  /** Present where the server says so; otherwise a connector with profile fields takes one. */
  takes_profile?: boolean;
  /** The connector whose profiles a table of this one takes (Flink's upsert-kafka: kafka). */
  profile_connector?: string;
  roles?: string[];
}

/** A connection profile on the wire; secrets are `********`. */
export interface Profile {
  id: string;
  name: string;
  connector: string;
  config: Record<string, unknown>;
  overridable: string[];
  description: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A registered table on the wire. */
export interface Table {
  id: string;
  name: string;
  connector: string;
  /** The SQL the table was written in: its dialect's connectors judge it. */
  dialect: Dialect;
  connection_profile_id: string | null;
  connection_profile: string | null;
  config: Record<string, string>;
  schema: unknown;
  created_at: string;
}

/** One step of a live test. */
export interface TestStep {
  name: string;
  ok: boolean;
  durationMs: number;
  message: string;
}

/** A live test's verdict. */
export interface TestResult {
  ok: boolean;
  connector: string;
  durationMs: number;
  steps: TestStep[];
  error?: { code: string; message: string; hint: string; step?: string };
}

/** A diagnostic of a resolve. */
export interface Diagnostic {
  code: string;
  message: string;
  line: number;
  column: number;
  table?: string;
  key?: string;
  suggestion?: string;
}

/** A table of a resolve, as the API shows it (secrets masked). */
export interface ResolvedTable {
  table: string;
  connector: string;
  profile: string | null;
  options: Record<string, unknown>;
  provenance: Record<string, string>;
  sql: string;
}

/** What `POST /v1/resolve` returns. */
export interface ResolveResult {
  tables: ResolvedTable[];
  passthrough: Array<{ sql: string; line: number }>;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}
