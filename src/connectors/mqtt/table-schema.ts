import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';
import { typeScopedOptions } from '../type-scoped-options.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The MQTT table (Arroyo's `MqttConnector::table_from_options`): a topic read by a source
 * or written by a sink, its quality of service, and whether a sink retains its messages.
 * Every MQTT table needs a `format`.
 *
 * @example
 * ```ts
 * mqttTableSchema.parse({ type: 'sink', topic: 'events', format: 'json', qos: 'AtLeastOnce', sink: { retain: true } });
 * ```
 */
export const mqttTableSchema = z.strictObject({
  type: z.enum(['source', 'sink']),
  topic: z.string().min(1),
  qos: z.enum(['AtMostOnce', 'AtLeastOnce', 'ExactlyOnce']).optional(),
  sink: z.strictObject({ retain: z.boolean().optional() }).optional(),
  ...common.shape,
});

/**
 * The parsed MQTT table config.
 *
 * @example
 * ```ts
 * const table = mqttConnector.tableValidator.parse({ type: 'source', topic: 't', format: 'json' }) as MqttTableConfig;
 * ```
 */
export type MqttTableConfig = z.output<typeof mqttTableSchema>;

/** Every rule of an MQTT table: the common options' rules; `sink.retain` only on sinks. */
export const mqttTableRules: readonly ConfigRule[] = [...common.rules, typeScopedOptions({ sink: ['sink'] })];
