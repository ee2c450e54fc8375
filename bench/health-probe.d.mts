/** The benchmark's 1 MiB script: whole statements of the generated workload, with the profiles they use. */
export function oneMibScript(): {
  sql: string;
  profiles: Array<{ name: string; connector: string; config: Record<string, unknown> }>;
  tables: number;
};
/** Rows for `printRows`: the health probe's latency while a 1 MiB script resolves, on and off the event loop. */
export function benchHealthProbe(): Promise<Array<{ name: string; value: number | string; unit: string }>>;
