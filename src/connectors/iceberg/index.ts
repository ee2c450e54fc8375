import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { FILE_SINK_ENGINE_KEYS, fileSinkOptions, multipartRule } from '../file-sink-options.js';
import { sinkOnlyRule } from '../sink-only-rule.js';
import { icebergPartitionRule } from './partition-rule.js';
import { icebergCatalogRule, icebergProfileSchema } from './profile-schema.js';

export { icebergPartitionRule } from './partition-rule.js';
export { icebergProfileSchema, type IcebergProfileConfig } from './profile-schema.js';

const common = commonTableOptions({ formats: ['parquet'] });

/**
 * The Iceberg connector (Arroyo's `IcebergConnector`): a sink writing Parquet files into an
 * Iceberg table (`namespace`, default `default`, and `table_name`) of a REST catalog. The
 * catalog comes from a profile or from the table's own `catalog.*` keys; partitioning is
 * the statement's `PARTITIONED BY (…)` clause, after WITH (see {@link icebergPartitionRule}).
 * `format` may be left out (Parquet).
 *
 * @example
 * ```ts
 * import { icebergConnector } from 'ddl-profiles';
 * icebergConnector.fields.match('catalog.rest.token')?.field.sensitive; // true
 * ```
 */
export const icebergConnector: Connector = defineConnector({
  name: 'iceberg',
  description: 'Apache Iceberg tables in a REST catalog, written by a sink as Parquet',
  roles: ['sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: [
    'catalog.type',
    'catalog.warehouse',
    'catalog.rest.url',
    'catalog.rest.token',
    'type',
    'namespace',
    'table_name',
    'location_path',
    ...FILE_SINK_ENGINE_KEYS,
  ],
  takesProfile: true,
  profile: icebergProfileSchema,
  table: z.strictObject({
    type: z.enum(['source', 'sink'], { message: "type must be 'sink'" }),
    namespace: z.string().min(1).optional(),
    table_name: z.string().min(1),
    location_path: z.string().min(1).optional(),
    ...fileSinkOptions(),
    ...common.shape,
  }),
  profileRules: [icebergCatalogRule],
  tableRules: [...common.rules, sinkOnlyRule('Iceberg sources are not yet supported'), multipartRule],
  partitionRule: icebergPartitionRule,
});
