import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

/**
 * The Iceberg profile (Arroyo's `IcebergProfile::from_opts`): the catalog the tables live
 * in. Arroyo speaks one kind, a REST catalog (`catalog.type = 'rest'`) at
 * `catalog.rest.url`, with an optional warehouse and bearer token (sensitive).
 *
 * @example
 * ```ts
 * icebergProfileSchema.parse({ catalog: { type: 'rest', rest: { url: 'http://localhost:8181/catalog' }, warehouse: 'wh' } });
 * ```
 */
export const icebergProfileSchema = z.strictObject({
  catalog: z.strictObject({
    type: z.enum(['rest'], { message: "unsupported Iceberg catalog.type: Arroyo supports 'rest'" }),
    warehouse: z.string().min(1).optional(),
    rest: z
      .strictObject({
        url: field(z.url({ protocol: /^https?$/ }).refine(hasNoPassword, { message: PASSWORD_IN_URL }), {
          endpoint: true,
          description: 'Base URL of the REST catalog',
        }),
        token: secret(z.string().min(1), { description: 'Bearer token for the REST catalog' }).optional(),
      })
      .optional(),
  }),
});

/**
 * The parsed Iceberg profile config.
 *
 * @example
 * ```ts
 * const config = icebergConnector.profileValidator.parse({ catalog: { type: 'rest', rest: { url: 'http://c:8181' } } }) as IcebergProfileConfig;
 * ```
 */
export type IcebergProfileConfig = z.output<typeof icebergProfileSchema>;

/** A REST catalog needs its URL. */
export const icebergCatalogRule: ConfigRule = (config, context) => {
  const catalog = (config as Partial<IcebergProfileConfig>).catalog;
  if (catalog?.type !== 'rest' || catalog.rest?.url !== undefined) return;
  context.addIssue({
    code: 'custom',
    path: ['catalog', 'rest', 'url'],
    message: "catalog.rest.url is required when catalog.type is 'rest'",
    params: { code: 'MISSING_OPTION' },
  });
};
