import { describe } from "vitest";
import { useTestDatabase } from "../../testing/test-database";
import { describeEngineContract } from "../../testing/search/engine-contract";
import { liveTitle, liveUrl, useLiveEngine } from "../../testing/meilisearch/live-server";

// The whole search contract, on a real Meilisearch server, fed from this project's database.
const { db } = useTestDatabase();
const engine = useLiveEngine("contract");

describe.skipIf(!liveUrl)(liveTitle("search contract: Meilisearch engine"), () => {
  describeEngineContract("contract", () => ({ db, engine: () => engine }));
});
