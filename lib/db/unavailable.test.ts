import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, withinDatabaseWait } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises lost connections, timeouts and shutdowns, also as a cause", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" }))).toBe(true);
  });

  it("recognises a connection closed under a raw query, which Prisma reports as P2010 with the adapter's error in meta", () => {
    const adapterError = Object.assign(new Error("ConnectionClosed"), { name: "DriverAdapterError" });
    expect(
      isDatabaseUnavailable(Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: adapterError } })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("Raw query failed. Message: `Server has closed the connection.`"), { code: "P2010" })),
    ).toBe(true);
  });

  it("leaves bugs and bad data alone, so they stay 4xx or 500", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("invalid byte sequence"), { code: "22021" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe("withinDatabaseWait", () => {
  it("gives up on work that never settles, as an outage", async () => {
    const error = await withinDatabaseWait(new Promise(() => {}), 10).catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("passes a result through", async () => {
    await expect(withinDatabaseWait(Promise.resolve(7), 1000)).resolves.toBe(7);
  });
});
