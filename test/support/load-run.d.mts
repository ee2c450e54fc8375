/** One response of a load run. */
export interface LoadResult {
  kind: string;
  status: number;
  ms: number;
  body: string;
}

/** A mixed load against the REST API over real HTTP. */
export function loadRun(
  base: string,
  token: string,
  options?: { requests?: number; clients?: number },
): Promise<{ results: LoadResult[]; created: string[]; seconds: number }>;
