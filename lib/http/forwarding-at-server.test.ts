import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { sanitizeForwardingAtServer, sanitizeIncomingForwarding } from "./forwarding-at-server";

describe("forwarding headers at the HTTP server", () => {
  it("drops what a client sent, so the socket's address is the one counted", () => {
    const request = { headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7", forwarded: "for=6.6.6.8", host: "localhost" } };
    sanitizeIncomingForwarding(request, false);
    expect(request.headers).toEqual({ host: "localhost" });
  });

  it("keeps only the last hop behind a trusted proxy", () => {
    const request = { headers: { "x-forwarded-for": "6.6.6.6, [2001:db8::1]:443" } as http.IncomingHttpHeaders };
    sanitizeIncomingForwarding(request, true);
    expect(request.headers).toEqual({ "x-forwarded-for": "2001:db8::1" });
  });

  describe("installed on a real server", () => {
    const server = http.createServer((request, response) => response.end(request.headers["x-forwarded-for"] ?? "none"));
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("sanitises before the server's own listener reads the request", async () => {
      sanitizeForwardingAtServer(false);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } });
      expect(await answer.text()).toBe("none");
    });
  });
});
