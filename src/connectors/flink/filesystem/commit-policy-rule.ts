import type { ConfigRule } from '../../connector-definition.js';
import { isFlinkValue } from '../flink-values.js';
import { usedAs } from '../table-type.js';

const POLICY_KINDS = ['success-file', 'metastore', 'custom'];
const KIND = 'sink.partition-commit.policy.kind';
const CLASS = 'sink.partition-commit.policy.class';
const EXTRACTOR = 'partition.time-extractor.kind';
const EXTRACTOR_CLASS = 'partition.time-extractor.class';

/** `String.split(",")` as Java splits, as Flink reads the kinds: nothing trimmed, trailing empty items dropped. */
function javaSplit(text: string): string[] {
  const items = text.split(',');
  while (items.length > 1 && items[items.length - 1] === '') items.pop();
  return items;
}

/**
 * The checks of a filesystem table's partition commit and time extraction, which Flink
 * makes only when a partition is committed (except the first):
 *
 * - `metastore` is refused for a table used as a sink, in Flink's words ("Can not configure
 *   a 'metastore' partition commit policy for a file system table"): only a Hive table has
 *   a metastore. Flink checks it at plan time, for a partitioned sink only;
 * - each comma-separated `sink.partition-commit.policy.kind` is `success-file`, `metastore`
 *   or `custom` in any case, with no space around it (Flink neither trims nor knows
 *   ' custom'), and `custom` needs `sink.partition-commit.policy.class`;
 * - `partition.time-extractor.kind = 'custom'` needs `partition.time-extractor.class`.
 *
 * @example
 * ```ts
 * flinkFilesystemConnector.tableValidator.safeParse({ path: '/d', format: 'json', [KIND]: 'custom' }).success; // false
 * ```
 */
export const filesystemCommitPolicyRule: ConfigRule = (config, context) => {
  const kinds = typeof config[KIND] === 'string' ? javaSplit(config[KIND]) : [];
  for (const kind of kinds) {
    const known = POLICY_KINDS.find((k) => isFlinkValue(kind, k));
    if (known === undefined) {
      const message = `'${kind}' is not a partition commit policy: expected 'success-file' or 'custom', comma-separated without spaces`;
      context.addIssue({ code: 'custom', path: [KIND], message, params: { code: 'INVALID_VALUE' } });
    } else if (known === 'metastore' && usedAs(config, 'sink')) {
      const message =
        "Can not configure a 'metastore' partition commit policy for a file system table. You can only configure 'metastore' partition commit policy for a hive table.";
      context.addIssue({ code: 'custom', path: [KIND], message, params: { code: 'INVALID_VALUE' } });
    } else if (known === 'custom' && config[CLASS] === undefined) {
      const message = `${CLASS} is required when ${KIND} names the custom policy`;
      context.addIssue({ code: 'custom', path: [CLASS], message, params: { code: 'MISSING_OPTION' } });
    }
  }
  if (isFlinkValue(config[EXTRACTOR], 'custom') && config[EXTRACTOR_CLASS] === undefined) {
    const message = `${EXTRACTOR_CLASS} is required when ${EXTRACTOR} is 'custom'`;
    context.addIssue({ code: 'custom', path: [EXTRACTOR_CLASS], message, params: { code: 'MISSING_OPTION' } });
  }
};
