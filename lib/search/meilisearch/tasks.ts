import type { EnqueuedTaskPromise, Task, WaitOptions } from "meilisearch";

/** A Meilisearch task that ended in any state but "succeeded". */
export class MeilisearchTaskError extends Error {
  override name = "MeilisearchTaskError";
  readonly task: Task;

  constructor(task: Task) {
    const what = `${task.type}${task.indexUid ? ` on ${task.indexUid}` : ""}`;
    const why = task.error ? `: ${task.error.code}: ${task.error.message}` : "";
    super(`Meilisearch task ${task.uid} (${what}) ${task.status}${why}`);
    this.task = task;
  }
}

/**
 * Waits for an enqueued task to finish and returns it if it succeeded. The client resolves
 * waitTask() with failed and canceled tasks too, so every write goes through here.
 */
export async function awaitTaskSucceeded(task: EnqueuedTaskPromise, options?: WaitOptions): Promise<Task> {
  const finished = await task.waitTask(options);
  if (finished.status !== "succeeded") throw new MeilisearchTaskError(finished);
  return finished;
}
