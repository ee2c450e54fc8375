/**
 * The frames of RabbitMQ's stream protocol that a connection test needs: each frame is
 * a 4-byte size, then a 2-byte key (`0x8000` set on responses), a 2-byte version and
 * the fields; strings are a 2-byte length and UTF-8 bytes.
 *
 * @example
 * ```ts
 * const frame = encodeFrame(STREAM_KEYS.open, (w) => w.int32(7).string('/'));
 * ```
 */
export const STREAM_KEYS = {
  metadata: 0x000f,
  peerProperties: 0x0011,
  saslHandshake: 0x0012,
  saslAuthenticate: 0x0013,
  tune: 0x0014,
  open: 0x0015,
  close: 0x0016,
  heartbeat: 0x0017,
} as const;

/**
 * The response codes of the stream protocol that a test can meet, by number.
 *
 * @example
 * ```ts
 * STREAM_RESPONSE_CODES[8]; // 'authentication failure'
 * ```
 */
export const STREAM_RESPONSE_CODES: Readonly<Record<number, string>> = {
  1: 'ok',
  2: 'stream does not exist',
  6: 'stream not available',
  7: 'SASL mechanism not supported',
  8: 'authentication failure',
  9: 'SASL error',
  11: 'SASL authentication failure (loopback)',
  12: 'virtual host access failure',
  13: 'unknown frame',
  14: 'frame too large',
  15: 'internal error',
  16: 'access refused',
};

/**
 * Writes the fields of one frame.
 *
 * @example
 * ```ts
 * const bytes = new FrameWriter().uint16(0x15).uint16(1).int32(7).string('/').frame();
 * ```
 */
export class FrameWriter {
  private readonly parts: Buffer[] = [];

  /** A field of `size` bytes, written by `write`. */
  private fixed(size: number, write: (b: Buffer) => void): this {
    const b = Buffer.alloc(size);
    write(b);
    this.parts.push(b);
    return this;
  }

  uint16(value: number): this {
    return this.fixed(2, (b) => b.writeUInt16BE(value));
  }

  uint32(value: number): this {
    return this.fixed(4, (b) => b.writeUInt32BE(value));
  }

  int32(value: number): this {
    return this.fixed(4, (b) => b.writeInt32BE(value));
  }

  string(value: string): this {
    const bytes = Buffer.from(value, 'utf8');
    this.uint16(bytes.length);
    this.parts.push(bytes);
    return this;
  }

  bytes(value: Buffer): this {
    this.int32(value.length);
    this.parts.push(value);
    return this;
  }

  /** The fields, preceded by their size: a whole frame. */
  frame(): Buffer {
    const body = Buffer.concat(this.parts);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(body.length);
    return Buffer.concat([size, body]);
  }
}

/**
 * Encodes a request: key, version 1, then what `write` adds (a correlation id first,
 * for the commands that have one).
 *
 * @example
 * ```ts
 * socket.write(encodeFrame(STREAM_KEYS.saslHandshake, (w) => w.int32(2)));
 * ```
 */
export function encodeFrame(key: number, write: (writer: FrameWriter) => FrameWriter): Buffer {
  return write(new FrameWriter().uint16(key).uint16(1)).frame();
}

/**
 * Reads the fields of one received frame, in order. Reading past its end throws.
 *
 * @example
 * ```ts
 * const reader = new FrameReader(body);
 * const [key, version] = [reader.uint16(), reader.uint16()];
 * ```
 */
export class FrameReader {
  private offset = 0;

  constructor(private readonly body: Buffer) {}

  private need(bytes: number): void {
    if (this.offset + bytes > this.body.length) throw new Error('a stream protocol frame ended early');
  }

  /** A field of `size` bytes, read by `read` at the current offset. */
  private fixed(size: number, read: (offset: number) => number): number {
    this.need(size);
    const value = read(this.offset);
    this.offset += size;
    return value;
  }

  uint16(): number {
    return this.fixed(2, (at) => this.body.readUInt16BE(at));
  }

  uint32(): number {
    return this.fixed(4, (at) => this.body.readUInt32BE(at));
  }

  int32(): number {
    return this.fixed(4, (at) => this.body.readInt32BE(at));
  }

  string(): string {
    const length = this.uint16();
    if (length === 0xffff) return '';
    this.need(length);
    const value = this.body.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  /** A map of strings to strings (peer and connection properties). */
  properties(): Record<string, string> {
    const count = this.int32();
    const properties: Record<string, string> = {};
    for (let i = 0; i < count; i++) properties[this.string()] = this.string();
    return properties;
  }
}

/**
 * Splits a byte stream into frames: `push` bytes as they arrive, and it returns every
 * frame completed so far (without its size). A frame larger than `maxBytes` is a
 * protocol error: the peer is not a stream port.
 *
 * @example
 * ```ts
 * const frames = new FrameSplitter();
 * socket.on('data', (chunk) => frames.push(chunk).forEach(handle));
 * ```
 */
export class FrameSplitter {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly maxBytes = 1 << 20) {}

  push(chunk: Buffer): Buffer[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: Buffer[] = [];
    while (this.pending.length >= 4) {
      const size = this.pending.readUInt32BE(0);
      if (size > this.maxBytes || size < 4)
        throw new Error(`the server sent a frame of ${size} bytes, which is not the RabbitMQ stream protocol`);
      if (this.pending.length < 4 + size) break;
      frames.push(this.pending.subarray(4, 4 + size));
      this.pending = this.pending.subarray(4 + size);
    }
    return frames;
  }
}
