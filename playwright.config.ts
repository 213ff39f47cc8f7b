import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run the real app (`npm start`: migrate, seed, build, serve) on a fresh
// embedded database of their own, in Debian's Chromium. Browsers are never downloaded.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: { baseURL, trace: "retain-on-failure", launchOptions: chromium },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: "tsx --conditions=react-server e2e/support/start-test-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // One trusted proxy hop, so a spec can read from an address of its own (e2e/rate-limit.spec.ts).
    env: { PORT: String(port), CLAIMTRAIL_TRUSTED_PROXY: "1" },
  },
});
