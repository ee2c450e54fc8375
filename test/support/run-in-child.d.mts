import type { ProfileDefinition, TestResult } from '../../src/index.js';

/** Tests drafts (then registered tables) in a child process that also trusts `caFile` (NODE_EXTRA_CA_CERTS). */
export function runInChild(
  caFile: string,
  input: {
    drafts?: ProfileDefinition[];
    tables?: { profiles: ProfileDefinition[]; tables: Array<{ name: string; profile: string; options: Record<string, unknown> }> };
    deadlineMs?: number;
  },
): Promise<TestResult[]>;
