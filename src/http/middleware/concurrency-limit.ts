/**
 * A counter of work in flight with a ceiling: `tryAcquire` says no at once rather than
 * queueing, so a flood of live tests is refused (429) instead of piling up.
 *
 * @example
 * ```ts
 * const limit = new ConcurrencyLimit(4);
 * const release = limit.tryAcquire();
 * if (!release) return tooManyRequests();
 * try { … } finally { release(); }
 * ```
 */
export class ConcurrencyLimit {
  private active = 0;

  constructor(readonly max: number) {}

  tryAcquire(): (() => void) | undefined {
    if (this.active >= this.max) return undefined;
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
    };
  }
}
