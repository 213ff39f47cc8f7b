/**
 * Search answers kept for identical requests while the index stays the same (docs/SEARCH.md,
 * "Answer cache"). A search's answer depends only on its parameters and the index, and the
 * index changes only when an outbox batch is applied: by this process's worker (which says so
 * at once, `indexChanged`) or by another process, seen here through `readIndexMarker` (the
 * newest applied update), read at most once per `checkEveryMs`. So an answer is never older
 * than the index it could have come from by more than that interval, on top of the outbox's
 * own wait for the worker. `maxAgeMs` bounds what no marker shows (a full rebuild by another
 * process that applied no update).
 */
export interface AnswerCacheOptions {
  maxEntries: number;
  checkEveryMs: number;
  maxAgeMs: number;
  now?: () => number;
}

interface Entry<T> {
  generation: number;
  storedAt: number;
  answer: Promise<T>;
}

export const ANSWER_CACHE_DEFAULTS: AnswerCacheOptions = { maxEntries: 500, checkEveryMs: 1_000, maxAgeMs: 300_000 };

export class AnswerCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;
  private marker: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private check: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly readIndexMarker: () => Promise<string>,
    private readonly options: AnswerCacheOptions = ANSWER_CACHE_DEFAULTS,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The answer for `key`: the stored one if the index has not changed since, else `compute`'s, shared by concurrent callers. */
  async answer(key: string, compute: () => Promise<T>): Promise<T> {
    const generation = await this.currentGeneration();
    const stored = this.entries.get(key);
    this.entries.delete(key);
    if (stored && stored.generation === generation && this.now() - stored.storedAt < this.options.maxAgeMs) {
      this.entries.set(key, stored); // most recently used last
      return stored.answer;
    }
    const entry: Entry<T> = { generation, storedAt: this.now(), answer: compute() };
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // A failure is answered, not kept.
    entry.answer.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.answer;
  }

  /** This process changed the index: no stored answer is served again. */
  indexChanged(): void {
    this.generation++;
  }

  private currentGeneration(): Promise<number> {
    if (!this.check && this.now() - this.checkedAt >= this.options.checkEveryMs) {
      this.checkedAt = this.now();
      this.check = this.readIndexMarker()
        .then((marker) => {
          if (marker !== this.marker) this.indexChanged();
          this.marker = marker;
        })
        // Not knowing the index's state, trust nothing stored.
        .catch(() => this.indexChanged())
        .finally(() => (this.check = null));
    }
    return (this.check ?? Promise.resolve()).then(() => this.generation);
  }
}
