import "server-only";
import { db } from "../db/client";
import { readEnv } from "../env";
import { searchAnswers, searchEngine } from "./service";
import { processOutbox } from "./sync";

const IDLE_INTERVAL_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const holder = globalThis as unknown as { claimtrailSearchWorker?: boolean };

/**
 * Runs in the app's server process: applies the outbox every second, backing off while the
 * engine is down (the writes keep succeeding; the index catches up when it returns).
 */
export function startSearchWorker(): void {
  if (holder.claimtrailSearchWorker || readEnv().SEARCH_WORKER === "off") return;
  holder.claimtrailSearchWorker = true;
  let prepared = false;
  let delay = IDLE_INTERVAL_MS;
  const tick = async () => {
    try {
      if (!prepared) {
        await searchEngine().prepare();
        prepared = true;
      }
      if (await processOutbox(db(), searchEngine())) searchAnswers().indexChanged();
      delay = IDLE_INTERVAL_MS;
    } catch (error) {
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
      console.error(`[search] index update failed; retrying in ${delay / 1000} s:`, (error as Error).message);
    }
    setTimeout(tick, delay).unref();
  };
  void tick();
}
