import type { EnqueuedTask, EnqueuedTaskPromise, Task } from "meilisearch";
import { describe, expect, it } from "vitest";
import { MeilisearchTaskError, awaitTaskSucceeded } from "./tasks";

function finished(status: Task["status"], error: Task["error"] = null): Task {
  return {
    uid: 7,
    batchUid: 3,
    indexUid: "claims",
    status,
    type: "settingsUpdate",
    canceledBy: null,
    error,
    duration: "PT0.1S",
    enqueuedAt: "2025-01-01T00:00:00Z",
    startedAt: "2025-01-01T00:00:00Z",
    finishedAt: "2025-01-01T00:00:01Z",
  };
}

function enqueued(result: Task): EnqueuedTaskPromise {
  const summary: EnqueuedTask = {
    taskUid: result.uid,
    indexUid: result.indexUid,
    status: "enqueued",
    type: result.type,
    enqueuedAt: result.enqueuedAt,
  };
  return Object.assign(Promise.resolve(summary), { waitTask: async () => result });
}

describe("awaitTaskSucceeded", () => {
  it("returns a task that succeeded", async () => {
    await expect(awaitTaskSucceeded(enqueued(finished("succeeded")))).resolves.toMatchObject({ uid: 7, status: "succeeded" });
  });

  it("throws for a failed task, which the client returns without throwing", async () => {
    const error = { code: "invalid_settings_filterable_attributes", message: "bad attribute", type: "invalid_request", link: "" };
    const attempt = awaitTaskSucceeded(enqueued(finished("failed", error)));
    await expect(attempt).rejects.toBeInstanceOf(MeilisearchTaskError);
    await expect(attempt).rejects.toThrow(
      "Meilisearch task 7 (settingsUpdate on claims) failed: invalid_settings_filterable_attributes: bad attribute",
    );
  });

  it("throws for a canceled task", async () => {
    await expect(awaitTaskSucceeded(enqueued(finished("canceled")))).rejects.toThrow("canceled");
  });
});
