/** A TCP server that accepts connections and never answers. */
export interface SilentServer {
  port: number;
  close(): Promise<void>;
}

/** Starts a silent TCP server on a free loopback port. */
export function startSilentServer(): Promise<SilentServer>;
