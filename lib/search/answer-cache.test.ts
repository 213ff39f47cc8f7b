import { describe, expect, it } from "vitest";
import { AnswerCache } from "./answer-cache";

function setUp(options: { maxEntries?: number; maxAgeMs?: number } = {}) {
  const clock = { now: 0 };
  const index = { marker: "a", reads: 0, fail: false };
  const cache = new AnswerCache<string>(
    async () => {
      index.reads++;
      if (index.fail) throw new Error("database unavailable");
      return index.marker;
    },
    { maxEntries: options.maxEntries ?? 10, checkEveryMs: 1_000, maxAgeMs: options.maxAgeMs ?? 60_000, now: () => clock.now },
  );
  let computed = 0;
  const answer = (key: string) => cache.answer(key, async () => `${key}#${++computed}`);
  return { cache, clock, index, answer, computed: () => computed };
}

describe("the search answer cache", () => {
  it("answers identical requests once, concurrent ones included, and others apart", async () => {
    const { answer, computed } = setUp();
    expect(await Promise.all([answer("china"), answer("china"), answer("qwen")])).toEqual(["china#1", "china#1", "qwen#2"]);
    expect(await answer("china")).toBe("china#1");
    expect(computed()).toBe(2);
  });

  it("computes again once the index changed in another process, seen at the next check", async () => {
    const { answer, clock, index } = setUp();
    expect(await answer("china")).toBe("china#1");
    index.marker = "b";
    clock.now = 999;
    expect(await answer("china")).toBe("china#1"); // not checked again yet: at most one interval behind
    clock.now = 1_000;
    expect(await answer("china")).toBe("china#2");
    expect(index.reads).toBe(2);
  });

  it("computes again at once when this process changed the index", async () => {
    const { cache, answer } = setUp();
    expect(await answer("china")).toBe("china#1");
    cache.indexChanged();
    expect(await answer("china")).toBe("china#2");
  });

  it("trusts nothing stored while the index's state cannot be read, and keeps no failure", async () => {
    const { cache, answer, clock, index } = setUp();
    expect(await answer("china")).toBe("china#1");
    index.fail = true;
    clock.now = 1_000;
    expect(await answer("china")).toBe("china#2");
    await expect(cache.answer("qwen", () => Promise.reject(new Error("engine down")))).rejects.toThrow("engine down");
    expect(await answer("qwen")).toBe("qwen#3");
  });

  it("keeps the most recently used answers up to its size, none past their age", async () => {
    const { answer, clock } = setUp({ maxEntries: 2, maxAgeMs: 5_000 });
    await answer("a");
    await answer("b");
    await answer("a");
    await answer("c"); // b was used least recently
    expect(await answer("a")).toBe("a#1");
    expect(await answer("b")).toBe("b#4");
    clock.now = 5_000;
    expect(await answer("b")).toBe("b#5");
  });
});
