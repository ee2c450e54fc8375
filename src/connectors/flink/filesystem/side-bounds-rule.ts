import type { ConfigRule } from '../../connector-definition.js';
import { flinkDurationMillis } from '../flink-duration-millis.js';
import { usedAs } from '../table-type.js';

const MONITOR = 'source.monitor-interval';
const PARALLELISM = 'sink.parallelism';

/**
 * The bounds Flink checks only as it builds one side of a filesystem table, each for a
 * table used on that side (its `type` names it, or names none):
 *
 * - a source that monitors its directory looks at least once in a while: its
 *   `source.monitor-interval` is above 0 (Flink: "discoveryInterval must be > 0");
 * - a sink runs at least 1 parallel writer: `sink.parallelism` is at least 1 (Flink: "The
 *   parallelism of an operator must be at least 1").
 *
 * @example
 * ```ts
 * flinkFilesystemConnector.tableValidator.safeParse({ path: '/d', format: 'json', 'source.monitor-interval': '0 s' }).success; // false
 * flinkFilesystemConnector.tableValidator.safeParse({ path: '/d', format: 'json', 'source.monitor-interval': '0 s', type: 'sink' }).success; // true
 * ```
 */
export const filesystemSideBoundsRule: ConfigRule = (config, context) => {
  const interval = config[MONITOR];
  if (typeof interval === 'string' && usedAs(config, 'source') && (flinkDurationMillis(interval) ?? 1) <= 0) {
    const message = `${MONITOR} must be greater than 0 for a source (Flink: "discoveryInterval must be > 0")`;
    context.addIssue({ code: 'custom', path: [MONITOR], message, params: { code: 'INVALID_VALUE' } });
  }
  const parallelism = config[PARALLELISM];
  if (typeof parallelism === 'string' && usedAs(config, 'sink') && /^[+-]?\d+$/.test(parallelism) && Number(parallelism) < 1) {
    const message = `${PARALLELISM} is ${parallelism}: a sink runs at least 1 (Flink: "The parallelism of an operator must be at least 1")`;
    context.addIssue({ code: 'custom', path: [PARALLELISM], message, params: { code: 'INVALID_VALUE' } });
  }
};
