import type { Socket } from 'node:net';
import { TestFailure } from '../../testing/index.js';
import { encodeFrame, FrameReader, FrameSplitter, STREAM_KEYS, STREAM_RESPONSE_CODES, type FrameWriter } from './stream-frames.js';

/**
 * A response of the stream protocol other than `ok`, or a `close` the server sent:
 * `responseCode` is the protocol's number (8 is an authentication failure).
 *
 * @example
 * ```ts
 * if (error instanceof StreamResponseError && error.responseCode === 8) console.log('wrong password');
 * ```
 */
export class StreamResponseError extends Error {
  override readonly name = 'StreamResponseError';

  constructor(
    readonly responseCode: number,
    what: string,
  ) {
    super(`${what}: ${STREAM_RESPONSE_CODES[responseCode] ?? `response code ${responseCode}`}`);
  }
}

interface Waiter {
  resolve: (reader: FrameReader) => void;
  reject: (error: unknown) => void;
}

/**
 * One connection speaking RabbitMQ's stream protocol over a socket someone else opened
 * and closes: correlated requests and responses, the server's `tune`, and a `close`
 * from the server as an error. It keeps no timer: heartbeats are refused at tuning, and
 * the test's deadline bounds every wait.
 *
 * @example
 * ```ts
 * const connection = new StreamConnection(socket);
 * const properties = (await connection.request(STREAM_KEYS.peerProperties, (w) => w.int32(0))).properties();
 * ```
 */
export class StreamConnection {
  private correlation = 0;
  private readonly waiting = new Map<number, Waiter>();
  private readonly splitter = new FrameSplitter();
  private failure: unknown;
  private tuned?: Waiter;
  private tune?: FrameReader;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const frame of this.splitter.push(chunk)) this.receive(frame);
      } catch (error) {
        this.fail(
          new TestFailure(
            'protocol',
            (error as Error).message,
            'the port does not speak the RabbitMQ stream protocol: check that it is the stream port (5552), not AMQP\u2019s 5672',
          ),
        );
        socket.destroy();
      }
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const waiter of [...this.waiting.values(), ...(this.tuned ? [this.tuned] : [])]) waiter.reject(this.failure);
    this.waiting.clear();
    this.tuned = undefined;
  }

  private receive(frame: Buffer): void {
    const reader = new FrameReader(frame);
    const key = reader.uint16();
    reader.uint16();
    if (key === STREAM_KEYS.tune) {
      this.tune = reader;
      this.tuned?.resolve(reader);
      return;
    }
    if (key === STREAM_KEYS.close) {
      const id = reader.uint32();
      const code = reader.uint16();
      const reason = reader.string();
      this.socket.write(encodeFrame(STREAM_KEYS.close | 0x8000, (w) => w.int32(id).uint16(1)));
      this.fail(new StreamResponseError(code, `the server closed the connection (${reason})`));
      return;
    }
    if ((key & 0x8000) === 0) return;
    const id = reader.uint32();
    const waiter = this.waiting.get(id);
    this.waiting.delete(id);
    waiter?.resolve(reader);
  }

  /**
   * Sends a command with a fresh correlation id (written before `write`'s fields) and
   * resolves with the response, positioned after its correlation id.
   */
  request(key: number, write: (writer: FrameWriter) => FrameWriter = (w) => w): Promise<FrameReader> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.correlation;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.write(encodeFrame(key, (w) => write(w.int32(id))));
    });
  }

  /** Sends a command and checks its response code; resolves with the rest of the response. */
  async command(key: number, what: string, write?: (writer: FrameWriter) => FrameWriter): Promise<FrameReader> {
    const reader = await this.request(key, write);
    const code = reader.uint16();
    if (code !== 1) throw new StreamResponseError(code, what);
    return reader;
  }

  /** Waits for the server's `tune` (sent after authentication) and answers it, asking for no heartbeats. */
  async acceptTune(): Promise<{ frameMax: number; heartbeat: number }> {
    const reader =
      this.tune ??
      (await new Promise<FrameReader>((resolve, reject) => {
        if (this.failure) return reject(this.failure);
        this.tuned = { resolve, reject };
      }));
    const frameMax = reader.uint32();
    const heartbeat = reader.uint32();
    this.socket.write(encodeFrame(STREAM_KEYS.tune, (w) => w.uint32(frameMax).uint32(0)));
    return { frameMax, heartbeat };
  }

  /** Asks the server to close, waits for its answer up to `waitMs`, then destroys the socket. */
  async close(waitMs: number): Promise<void> {
    if (!this.failure && !this.socket.destroyed) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.command(STREAM_KEYS.close, 'close', (w) => w.uint16(1).string('connection test done')).catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
      ]);
      clearTimeout(timer);
    }
    this.socket.destroy();
  }
}
