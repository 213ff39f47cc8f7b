import "server-only";
import type { Db } from "../db/client";
import { addToCounters } from "./counter";
import type { WindowCounts } from "./sliding-window";

// The process's side of the shared read counters. An address's first read, or its first after
// a pause, adds itself in Postgres and waits for the shared count (what every instance has
// counted). The reads that follow it are counted here, against that count plus this process's
// own since, and written for every address at once, one statement each `flushEveryMs`. So a
// reader typing, or a flood from one address, costs one statement a second instead of one per
// read, while the counters stay shared and survive a restart (a crash forgets at most the last
// interval's reads of this process; another instance sees them within the interval).

/** How often this process writes the reads it counted since. */
const FLUSH_EVERY_MS = 1_000;
/** How long a shared count is trusted for an address this process sees again: then it is read afresh. */
const TRUSTED_FOR_MS = 2 * FLUSH_EVERY_MS;
/** Addresses kept at once; past it a new address is counted in Postgres on every read, as before. */
const MAX_ADDRESSES = 50_000;

interface Address {
  /** The shared counts as Postgres last returned them, and when (this process's clock). */
  shared: WindowCounts;
  sharedAt: number;
  /** Reads counted here and not yet written, and those in the statement under way. */
  pending: number;
  writing: number;
}

export interface ReadCountsOptions {
  flushEveryMs?: number;
  /** A failed write: its reads stay pending for the next one. */
  onFlushError?: (error: unknown) => void;
}

export class ReadCounts {
  private readonly addresses = new Map<string, Address>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: () => Db,
    private readonly windowSeconds: number,
    private readonly options: ReadCountsOptions = {},
  ) {}

  /** Counts one read of `key` and returns its window's counts, this read included. */
  async count(key: string): Promise<WindowCounts> {
    const known = this.addresses.get(key);
    if (known && this.isTrusted(known)) {
      known.pending++;
      this.scheduleFlush();
      return this.estimate(known);
    }
    const shared = (await addToCounters(this.db(), new Map([[key, 1]]), this.windowSeconds)).get(key)!;
    const address = this.addresses.get(key);
    if (address) {
      // A newer answer counts more reads; an older one finishing late must not undo it.
      if (shared.count >= address.shared.count || shared.elapsedSeconds < address.shared.elapsedSeconds) this.remember(address, shared);
      // Reads of this process not yet written are not in the shared count.
      return this.estimate(address);
    }
    if (this.addresses.size < MAX_ADDRESSES) this.addresses.set(key, { shared, sharedAt: performance.now(), pending: 0, writing: 0 });
    return shared;
  }

  /** Writes the reads counted here since the last flush, in one statement; also run every `flushEveryMs`. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  /** Within the window the shared count was read in, and not older than `TRUSTED_FOR_MS`. */
  private isTrusted(address: Address): boolean {
    const age = performance.now() - address.sharedAt;
    return age < TRUSTED_FOR_MS && address.shared.elapsedSeconds + age / 1000 < this.windowSeconds;
  }

  private estimate(address: Address): WindowCounts {
    return {
      count: address.shared.count + address.writing + address.pending,
      previousCount: address.shared.previousCount,
      elapsedSeconds: address.shared.elapsedSeconds + (performance.now() - address.sharedAt) / 1000,
    };
  }

  private remember(address: Address, shared: WindowCounts): void {
    address.shared = shared;
    address.sharedAt = performance.now();
  }

  private scheduleFlush(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.flushEveryMs ?? FLUSH_EVERY_MS);
    this.timer.unref();
  }

  private async writePending(): Promise<void> {
    const batch = new Map<string, number>();
    for (const [key, address] of this.addresses) {
      if (address.pending > 0) {
        batch.set(key, address.pending);
        address.writing += address.pending;
        address.pending = 0;
      } else if (address.writing === 0 && !this.isTrusted(address)) {
        this.addresses.delete(key);
      }
    }
    if (batch.size === 0) return;
    try {
      const shared = await addToCounters(this.db(), batch, this.windowSeconds);
      for (const [key, n] of batch) {
        const address = this.addresses.get(key)!;
        address.writing -= n;
        this.remember(address, shared.get(key)!);
      }
    } catch (error) {
      for (const [key, n] of batch) {
        const address = this.addresses.get(key)!;
        address.writing -= n;
        address.pending += n;
      }
      this.scheduleFlush();
      this.options.onFlushError?.(error);
    }
  }
}
