import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../../testing/test-database";
import { fixture } from "../../testing/search/ranking-contract";
import { allowedTypos, typoDistance } from "../text";
import { PostgresEngine } from "./engine";

// The typo rule followed exactly: every indexed term within a query word's budget is found
// (substitutions, insertions, deletions, swaps, on any letter, the first included), and none beyond it.
describe("Postgres engine: typo variants", () => {
  const { db } = useTestDatabase();
  const engine = new PostgresEngine(db);
  const vocabulary = [
    "gradient",
    "gradiant",
    "gradent",
    "gradients",
    "grdaient",
    "rgadient",
    "xradient",
    "gradeint",
    "gradinet",
    "grad",
    "gradiants",
    "gradxenz",
    "model",
    "mode",
    "modal",
    "models",
    "moodel",
    "mdl",
    "attention",
    "atention",
    "atentoin",
    "attentionss",
    "xttentiom",
    "attentive",
    "tantion",
  ];
  const documents = vocabulary.map((term, index) => fixture(`typo-${index}`, { text: term }));

  beforeAll(async () => {
    await resetDatabase(db);
    await engine.upsert(documents);
  });
  afterAll(async () => {
    await engine.remove(documents.map((document) => document.id));
  });

  it.each(["gradient", "model", "attention", "gradiant", "atentoin"])("%s finds exactly the terms within its budget", async (word) => {
    const result = await engine.search({ q: `${word} `, filters: {}, sort: "relevance", page: 1, perPage: 100 });
    const budget = allowedTypos(word);
    const expected = vocabulary.filter((term) => typoDistance(word, term, budget) <= budget);
    expect(result.hits.map((hit) => hit.text).sort()).toEqual(expected.sort());
  });
});
