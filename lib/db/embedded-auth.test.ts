import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";

// The embedded database's loopback port lets in only the credentials it generated.
const embedded = await startEmbeddedPostgres();
afterAll(() => embedded.stop());

async function connectWith(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return (await client.query("select 1 as one")).rows[0];
  } finally {
    await client.end().catch(() => {});
  }
}

function withLogin(user: string, password: string): string {
  const url = new URL(embedded.url);
  url.username = user;
  url.password = password;
  return url.toString();
}

describe("the embedded database's socket", () => {
  it("answers the URL it hands out", async () => {
    expect(new URL(embedded.url).password).toMatch(/^[\w-]{24,}$/);
    expect(await connectWith(embedded.url)).toEqual({ one: 1 });
  });

  it("refuses a wrong password, and the public postgres:postgres", async () => {
    const user = new URL(embedded.url).username;
    await expect(connectWith(withLogin(user, "wrong-password"))).rejects.toThrow(/password authentication failed/);
    await expect(connectWith(withLogin("postgres", "postgres"))).rejects.toThrow(/password authentication failed/);
  });

  it("refuses another user with the right password", async () => {
    await expect(connectWith(withLogin("someone", decodeURIComponent(new URL(embedded.url).password)))).rejects.toThrow(
      /password authentication failed/,
    );
  });
});
