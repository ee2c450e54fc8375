import type { ConfigRule } from '../../connector-definition.js';
import { isFlinkValue } from '../flink-values.js';

const POLICY_KINDS = ['success-file', 'metastore', 'custom'];
const KIND = 'sink.partition-commit.policy.kind';
const CLASS = 'sink.partition-commit.policy.class';
const EXTRACTOR = 'partition.time-extractor.kind';
const EXTRACTOR_CLASS = 'partition.time-extractor.class';

/**
 * The checks of a filesystem table's partition commit and time extraction, which Flink
 * makes only when a partition is committed (except the first):
 *
 * - `metastore` is refused, in Flink's words ("Can not configure a 'metastore' partition
 *   commit policy for a file system table"): only a Hive table has a metastore;
 * - each comma-separated `sink.partition-commit.policy.kind` is `success-file`, `metastore`
 *   or `custom`, and `custom` needs `sink.partition-commit.policy.class`;
 * - `partition.time-extractor.kind = 'custom'` needs `partition.time-extractor.class`.
 *
 * @example
 * ```ts
 * flinkFilesystemConnector.tableValidator.safeParse({ path: '/d', format: 'json', [KIND]: 'custom' }).success; // false
 * ```
 */
export const filesystemCommitPolicyRule: ConfigRule = (config, context) => {
  const kinds = typeof config[KIND] === 'string' ? config[KIND].split(',').map((k) => k.trim()) : [];
  for (const kind of kinds) {
    const known = POLICY_KINDS.find((k) => isFlinkValue(kind, k));
    if (known === undefined) {
      const message = `'${kind}' is not a partition commit policy: expected 'success-file' or 'custom', comma-separated`;
      context.addIssue({ code: 'custom', path: [KIND], message, params: { code: 'INVALID_VALUE' } });
    } else if (known === 'metastore') {
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
