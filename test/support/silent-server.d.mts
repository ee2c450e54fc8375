/** A TCP server that accepts connections and never answers. */
export interface SilentServer {
  port: number;
  /** How many connections it has accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

/** Starts a silent TCP server on a free loopback port. */
export function startSilentServer(): Promise<SilentServer>;
