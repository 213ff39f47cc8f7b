import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Three projects: pure unit tests, and the integration suite run twice, against the
// embedded database (always) and against a Postgres server (TEST_DATABASE_URL; CI sets it).
const integration = ["lib/**/*.int.test.ts"];
const postgresUrl = process.env.TEST_DATABASE_URL;

if (!postgresUrl) {
  if (process.env.CI) throw new Error("CI must set TEST_DATABASE_URL: the integration suite has to run on a Postgres server.");
  console.warn("[vitest] integration (postgres) skipped: TEST_DATABASE_URL is not set.");
}

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next.js resolves `server-only` to its empty module in server code (the react-server
    // condition); the tests run server code, so they do too.
    alias: { "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], exclude: integration } },
      {
        extends: true,
        test: {
          name: "integration (embedded)",
          include: integration,
          globalSetup: ["lib/testing/global-setup-embedded.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "integration (postgres)",
                include: integration,
                globalSetup: ["lib/testing/global-setup-postgres.ts"],
                fileParallelism: false,
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
