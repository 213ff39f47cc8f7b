// Deterministic randomness for the benchmarks: the same seed always gives the same corpus and
// the same queries, whatever the size and wherever a batch starts.

export type Rng = () => number;

/** mulberry32: small, fast, and good enough for synthetic data. Returns floats in [0, 1). */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generator keyed by any mix of numbers and strings: seeded(1, "quote", 42). */
export function seeded(...keys: (number | string)[]): Rng {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash ^= value & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= (value >>> 8) & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= (value >>> 16) & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= value >>> 24;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const key of keys) {
    if (typeof key === "number") mix(key | 0);
    else for (let index = 0; index < key.length; index++) mix(key.charCodeAt(index));
    mix(0x9e3779b9);
  }
  const rng = mulberry32(hash);
  rng();
  return rng;
}

/** An integer in [min, max], both inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** Picks by weight: `weighted(rng, [["a", 3], ["b", 1]])` gives "a" three times in four. */
export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)![0];
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(rng() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * Zipf–Mandelbrot ranks in [0, n): weight 1 / (rank + 1 + offset)^exponent. The offset
 * flattens the head so the commonest item is frequent without being everywhere, as the
 * commonest content words of a real corpus are.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    exponent = 1,
    offset = 0,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1 + offset, exponent);
      this.cumulative[rank] = sum;
    }
  }

  sample(rng: Rng): number {
    const target = rng() * this.cumulative[this.n - 1]!;
    let low = 0;
    let high = this.n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
