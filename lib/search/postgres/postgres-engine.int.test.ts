import { expect, it } from "vitest";
import { useTestDatabase } from "../../testing/test-database";
import { describeEngineContract } from "../../testing/search/engine-contract";
import { rebuildIndex } from "../sync";
import { PostgresEngine } from "./engine";

const { db } = useTestDatabase();
const engine = new PostgresEngine(db);

describeEngineContract("search contract: Postgres engine", () => ({ db, engine: () => engine }));

it("keeps the migrations' index names across a rebuild", async () => {
  const indexNames = async () =>
    (
      await db.$queryRawUnsafe<{ indexname: string }[]>(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'search_documents' ORDER BY indexname`,
      )
    ).map((row) => row.indexname);
  const before = await indexNames();
  await rebuildIndex(db, engine);
  await rebuildIndex(db, engine);
  expect(await indexNames()).toEqual(before);
  expect(before).toContain("search_documents_tsv_idx");
});
