import { useTestDatabase } from "../../testing/test-database";
import { describeEngineContract } from "../engine-contract";
import { PostgresEngine } from "./engine";

describeEngineContract("search contract: Postgres engine", () => {
  const { db } = useTestDatabase();
  const engine = new PostgresEngine(db);
  return { db, engine: () => engine };
});
