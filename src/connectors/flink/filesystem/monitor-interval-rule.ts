import type { ConfigRule } from '../../connector-definition.js';
import { flinkDurationMillis } from '../flink-duration-millis.js';
import { usedAs } from '../kafka/kafka-table-rules.js';

const KEY = 'source.monitor-interval';

/**
 * A filesystem source that monitors its directory looks at least once in a while: its
 * `source.monitor-interval` is above 0 (Flink, building the source: "discoveryInterval must
 * be > 0"). A sink does not read the option, so a table whose `type` is `sink` may hold any.
 *
 * @example
 * ```ts
 * flinkFilesystemConnector.tableValidator.safeParse({ path: '/d', format: 'json', 'source.monitor-interval': '0 s' }).success; // false
 * ```
 */
export const filesystemMonitorIntervalRule: ConfigRule = (config, context) => {
  const interval = config[KEY];
  if (typeof interval !== 'string' || !usedAs(config, 'source') || (flinkDurationMillis(interval) ?? 1) > 0) return;
  const message = `${KEY} must be greater than 0 for a source (Flink: "discoveryInterval must be > 0")`;
  context.addIssue({ code: 'custom', path: [KEY], message, params: { code: 'INVALID_VALUE' } });
};
