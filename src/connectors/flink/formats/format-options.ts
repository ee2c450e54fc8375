import { z } from 'zod';
import { field, secret } from '../../field-info.js';
import { flinkBoolean, flinkEnum } from '../flink-values.js';
import type { FlinkFormat } from './format-names.js';

/** A single character, as `csv.field-delimiter` and the quote and escape characters take it. */
function singleCharacter(what: string): z.ZodString {
  return z.string().refine((text) => [...text].length === 1 || /^\\[tnr0]$|^\\u[0-9a-fA-F]{4}$/.test(text), {
    message: `${what} must be a single character`,
  });
}

/** The charsets Java always has (`StandardCharsets`), and those Node's TextDecoder knows, which Java has too. */
const JAVA_CHARSETS = new Set(['UTF-8', 'US-ASCII', 'ISO-8859-1', 'UTF-16', 'UTF-16BE', 'UTF-16LE', 'UTF-32', 'UTF-32BE', 'UTF-32LE']);

function isKnownCharset(name: string): boolean {
  if (JAVA_CHARSETS.has(name.toUpperCase())) return true;
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

const jsonCommon = () => ({
  'ignore-parse-errors': field(flinkBoolean(), { description: 'Skip rows that fail to parse instead of failing (default false)' }),
  'timestamp-format.standard': field(z.enum(['SQL', 'ISO-8601']), {
    description: "How timestamps are written and read: 'SQL' (default) or 'ISO-8601'",
  }),
  'map-null-key.mode': field(flinkEnum(['FAIL', 'DROP', 'LITERAL']), {
    description: "What to do with a null map key when writing: 'FAIL' (default), 'DROP' or 'LITERAL'",
  }),
  'map-null-key.literal': field(z.string(), { description: "The key written for a null map key when the mode is 'LITERAL'" }),
  'encode.decimal-as-plain-number': field(flinkBoolean(), { description: 'Write decimals as plain numbers, never in scientific notation' }),
  'encode.ignore-null-fields': field(flinkBoolean(), { description: 'Leave out fields whose value is null when writing' }),
});

const avroConfluent = () => ({
  url: field(z.url({ protocol: /^https?$/ }), { endpoint: true, description: 'URL of the Confluent schema registry' }),
  subject: field(z.string().min(1), { description: 'The registry subject to register the schema under when writing' }),
  schema: field(z.string().min(1), { description: 'The Avro schema, when not derived from the table' }),
  properties: field(z.record(z.string(), z.string()), { description: 'Other schema registry client properties' }),
  'ssl.keystore.location': field(z.string().min(1), { description: 'Keystore for TLS to the registry' }),
  'ssl.keystore.password': secret(z.string(), { description: 'Password of the registry keystore' }),
  'ssl.truststore.location': field(z.string().min(1), { description: 'Truststore for TLS to the registry' }),
  'ssl.truststore.password': secret(z.string(), { description: 'Password of the registry truststore' }),
  'basic-auth.credentials-source': field(z.string().min(1), { description: "Where basic-auth credentials come from, e.g. 'USER_INFO'" }),
  'basic-auth.user-info': secret(z.string(), { description: "Basic-auth credentials, 'key:secret'" }),
  'bearer-auth.credentials-source': field(z.string().min(1), { description: "Where the bearer token comes from, e.g. 'STATIC_TOKEN'" }),
  'bearer-auth.token': secret(z.string(), { description: 'The bearer token' }),
});

/**
 * Every option of each Flink format, by the name it takes after `<format>.` (Flink 2.2.1's
 * `JsonFormatOptions`, `DebeziumJsonFormatFactory`, `CsvFormatOptions`, `RawFormatOptions`,
 * `AvroConfluentFormatOptions`), each a string schema of Flink's value form.
 *
 * @example
 * ```ts
 * Object.keys(FORMAT_OPTIONS.raw); // ['endianness', 'charset']
 * ```
 */
export const FORMAT_OPTIONS: Readonly<Record<FlinkFormat, Readonly<Record<string, z.ZodType>>>> = {
  json: {
    ...jsonCommon(),
    'fail-on-missing-field': field(flinkBoolean(), {
      description: 'Fail when a field of the table is missing from a record (default false)',
    }),
    'decode.json-parser.enabled': field(flinkBoolean(), { description: "Parse with Jackson's streaming parser (default true)" }),
  },
  'debezium-json': {
    ...jsonCommon(),
    'schema-include': field(flinkBoolean(), { description: "Records carry Debezium's schema envelope (reading only)" }),
  },
  'canal-json': {
    ...jsonCommon(),
    'database.include': field(z.string().min(1), { description: 'A regular expression: only changes of matching databases are read' }),
    'table.include': field(z.string().min(1), { description: 'A regular expression: only changes of matching tables are read' }),
  },
  'maxwell-json': jsonCommon(),
  'ogg-json': jsonCommon(),
  csv: {
    'field-delimiter': field(singleCharacter('the field delimiter'), { description: "The field delimiter (default ',')" }),
    'disable-quote-character': field(flinkBoolean(), { description: 'Do not quote values' }),
    'quote-character': field(singleCharacter('the quote character'), { description: "The quote character (default '\"')" }),
    'allow-comments': field(flinkBoolean(), { description: "Skip lines starting with '#'" }),
    'ignore-parse-errors': field(flinkBoolean(), { description: 'Skip rows that fail to parse instead of failing' }),
    'array-element-delimiter': field(z.string().min(1), { description: "The delimiter of array elements (default ';')" }),
    'escape-character': field(singleCharacter('the escape character'), { description: 'The escape character (none by default)' }),
    'null-literal': field(z.string(), { description: 'The text read and written as null' }),
    'write-bigdecimal-in-scientific-notation': field(flinkBoolean(), {
      description: 'Write decimals in scientific notation (default true)',
    }),
  },
  raw: {
    endianness: field(flinkEnum(['big-endian', 'little-endian']), {
      description: "Byte order of numbers: 'big-endian' (default) or 'little-endian'",
    }),
    charset: field(z.string().refine(isKnownCharset, { message: 'expected a charset Java knows, for example UTF-8 or ISO-8859-1' }), {
      description: 'The charset of text values (default UTF-8)',
    }),
  },
  'avro-confluent': avroConfluent(),
  'debezium-avro-confluent': avroConfluent(),
};
