import { z } from 'zod';
import { defineConnector, type Connector, type ConfigRule } from '../connector-definition.js';

/** Arroyo creates preview tables itself, for its console: never from SQL. */
const notFromSql: ConfigRule = (_config, context) => {
  context.addIssue({
    code: 'custom',
    path: ['connector'],
    message: 'Preview connector cannot be created in SQL',
    params: { code: 'INVALID_VALUE' },
  });
};

/**
 * The preview connector: the sink Arroyo's console attaches to show a pipeline's output.
 * It is registered so that its name is known, and a table of it is refused as Arroyo
 * refuses it ("Preview connector cannot be created in SQL").
 *
 * @example
 * ```ts
 * import { previewConnector } from 'ddl-profiles';
 * previewConnector.roles; // ['sink']
 * ```
 */
export const previewConnector: Connector = defineConnector({
  name: 'preview',
  description: "The console's preview sink; Arroyo refuses it in SQL",
  roles: ['sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({}),
  tableRules: [notFromSql],
});
