import type { Settings, Task } from "meilisearch";

// A stand-in for the Meilisearch HTTP API, for unit tests of the engine's plumbing where no
// server can run. It applies each write at once and records the finished task; search
// returns every stored document (no ranking, no filtering) with l_* facet counts. What it
// cannot tell (relevance, tokenisation, filter syntax) is for the live suite.

interface FakeIndex {
  primaryKey: string | undefined;
  settings: Settings;
  documents: Map<string, Record<string, unknown>>;
}

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
}

export class FakeMeilisearch {
  readonly indexes = new Map<string, FakeIndex>();
  readonly requests: FakeRequest[] = [];
  readonly tasks: Task[] = [];
  /** "METHOD path" → error code the task of that request fails with. */
  readonly failures = new Map<string, string>();
  /** Answers GET indexes/:uid with 404 even when the index exists (another process's race). */
  hideIndexes = false;

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? "GET";
    const path = url.pathname.replace(/^\/+/, "");
    const body = typeof init?.body === "string" && init.body !== "" ? JSON.parse(init.body) : undefined;
    this.requests.push({ method, path, body, authorization: new Headers(init?.headers).get("Authorization") });
    return this.#route(method, path, body, url.searchParams);
  };

  #json(status: number, payload: unknown): Response {
    return new Response(JSON.stringify(payload), { status, headers: { "Content-Type": "application/json" } });
  }

  #notFound(what: string, code: string): Response {
    return this.#json(404, { message: `${what} not found`, code, type: "invalid_request", link: "" });
  }

  #task(method: string, path: string, type: Task["type"], indexUid: string | null, apply: () => string | void): Response {
    const failure = this.failures.get(`${method} ${path}`) ?? apply() ?? null;
    const now = new Date().toISOString();
    const task: Task = {
      uid: this.tasks.length,
      batchUid: this.tasks.length,
      indexUid,
      status: failure ? "failed" : "succeeded",
      type,
      canceledBy: null,
      error: failure ? { code: failure, message: `fake ${failure}`, type: "invalid_request", link: "" } : null,
      duration: "PT0S",
      enqueuedAt: now,
      startedAt: now,
      finishedAt: now,
    };
    this.tasks.push(task);
    return this.#json(202, { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: now });
  }

  #ensure(uid: string): FakeIndex {
    let index = this.indexes.get(uid);
    if (!index) this.indexes.set(uid, (index = { primaryKey: undefined, settings: {}, documents: new Map() }));
    return index;
  }

  #route(method: string, path: string, body: any, params: URLSearchParams): Response {
    const task = (type: Task["type"], indexUid: string | null, apply: () => string | void) => this.#task(method, path, type, indexUid, apply);
    const taskMatch = /^tasks\/(\d+)$/.exec(path);
    if (taskMatch && method === "GET") {
      const found = this.tasks[Number(taskMatch[1])];
      return found ? this.#json(200, found) : this.#notFound("task", "task_not_found");
    }
    if (path === "indexes" && method === "POST") {
      return task("indexCreation", body.uid, () => {
        if (this.indexes.has(body.uid)) return "index_already_exists";
        this.#ensure(body.uid).primaryKey = body.primaryKey;
      });
    }
    if (path === "swap-indexes" && method === "POST") {
      return task("indexSwap", null, () => {
        for (const { indexes: [a, b] } of body as { indexes: [string, string] }[]) {
          const [left, right] = [this.indexes.get(a), this.indexes.get(b)];
          if (!left || !right) return "index_not_found";
          this.indexes.set(a, right);
          this.indexes.set(b, left);
        }
      });
    }
    const match = /^indexes\/([^/]+)(?:\/(.*))?$/.exec(path);
    if (!match) return this.#notFound(path, "not_found");
    const [, uid, rest] = match as unknown as [string, string, string | undefined];
    const existing = this.indexes.get(uid);
    if (rest === undefined && method === "GET") {
      if (!existing || this.hideIndexes) return this.#notFound(`index ${uid}`, "index_not_found");
      return this.#json(200, { uid, primaryKey: existing.primaryKey, createdAt: "", updatedAt: "" });
    }
    if (rest === undefined && method === "DELETE") {
      return task("indexDeletion", uid, () => (this.indexes.delete(uid) ? undefined : "index_not_found"));
    }
    if (rest === "settings" && method === "PATCH") {
      return task("settingsUpdate", uid, () => void Object.assign(this.#ensure(uid).settings, body));
    }
    if (rest === "documents" && method === "POST") {
      return task("documentAdditionOrUpdate", uid, () => {
        const index = this.#ensure(uid);
        const key = params.get("primaryKey") ?? index.primaryKey ?? "id";
        for (const document of body as Record<string, unknown>[]) index.documents.set(String(document[key]), document);
      });
    }
    if (rest === "documents/delete-batch" && method === "POST") {
      return task("documentDeletion", uid, () => void (body as string[]).forEach((id) => this.#ensure(uid).documents.delete(id)));
    }
    if (rest === "search" && method === "POST") {
      if (!existing) return this.#notFound(`index ${uid}`, "index_not_found");
      return this.#json(200, this.#search(existing, body));
    }
    return this.#notFound(path, "not_found");
  }

  #search(index: FakeIndex, body: { q: string; facets?: string[]; page?: number; hitsPerPage?: number; attributesToRetrieve?: string[] }) {
    const documents = [...index.documents.values()];
    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const facet of body.facets ?? []) {
      const counts: Record<string, number> = (facetDistribution[facet] = {});
      for (const document of documents) for (const value of (document[facet] as string[] | undefined) ?? []) counts[value] = (counts[value] ?? 0) + 1;
    }
    const [page, hitsPerPage] = [body.page ?? 1, body.hitsPerPage ?? 20];
    const retrieve = (document: Record<string, unknown>) =>
      body.attributesToRetrieve ? Object.fromEntries(body.attributesToRetrieve.map((name) => [name, document[name]])) : document;
    return {
      hits: documents.slice((page - 1) * hitsPerPage, page * hitsPerPage).map(retrieve),
      query: body.q,
      processingTimeMs: 0,
      page,
      hitsPerPage,
      totalHits: documents.length,
      totalPages: Math.ceil(documents.length / Math.max(1, hitsPerPage)),
      facetDistribution,
    };
  }
}
