import { describe, expect, it } from "vitest";
import * as unknownPath from "@/app/api/[...path]/route";
import * as quotes from "@/app/api/quotes/[id]/deprecate/route";
import * as search from "@/app/api/search/route";
import { NextRequest } from "next/server";

// The API's answers to requests it cannot serve: one shape, one code per kind, never cached.

const call = (handler: (request: never, context: never) => Response | Promise<Response>, request: Request) =>
  handler(request as never, { params: Promise.resolve({}) } as never);

describe("API errors", () => {
  it("answer a method a route does not have with 405 naming the allowed ones", async () => {
    const response = await call(quotes.GET, new Request("http://localhost:3000/api/quotes/1/deprecate"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "This endpoint allows POST, OPTIONS." } });
    expect(
      (await call(quotes.OPTIONS, new Request("http://localhost:3000/api/quotes/1/deprecate", { method: "OPTIONS" }))).headers.get("allow"),
    ).toBe("POST, OPTIONS");
    expect((await call(search.DELETE, new Request("http://localhost:3000/api/search"))).headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("answer an unknown /api path with a JSON 404", async () => {
    for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"] as const) {
      const response = await call(unknownPath[method], new Request("http://localhost:3000/api/nothing/here", { method }));
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such endpoint." } });
    }
  });

  it("answer invalid query parameters with the same code as an invalid body", async () => {
    const response = await call(search.GET, new NextRequest("http://localhost:3000/api/search?limit=abc"));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()).error).toMatchObject({ code: "invalid_input", fields: { limit: expect.any(String) } });
  });
});
