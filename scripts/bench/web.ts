import { spawn } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

// `npm run bench:web`: builds and starts the app on a fresh embedded database (as the e2e
// tests do), then loads each page type in Debian's Chromium with an empty cache and reports
// Lighthouse-style timings and the JavaScript each page downloads. Also times search as you
// type: from the last keystroke to highlighted results on screen.

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 10);
const port = Number(process.env.BENCH_WEB_PORT ?? 3500);
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "../..");

interface PageSample {
  ttfb: number;
  fcp: number;
  lcp: number;
  load: number;
  scriptKb: number;
  scriptKbDecoded: number;
  totalKb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function startApp(): Promise<() => void> {
  const child = spawn(process.execPath, [...process.execArgv, path.join(root, "e2e/support/start-test-server.ts")], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/api/health`)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return () => child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  child.kill("SIGTERM");
  throw new Error("the app did not start within 10 minutes");
}

async function samplePage(browser: Browser, url: string): Promise<PageSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300);
  // A string, not a function: tsx adds helpers to compiled functions that the page lacks.
  const sample = (await page.evaluate(`(async () => {
    const lcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? 0)).observe({ type: "largest-contentful-paint", buffered: true });
      setTimeout(() => resolve(0), 1000);
    });
    const navigation = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource");
    const scripts = resources.filter((entry) => entry.initiatorType === "script");
    const kb = (entries, key) => entries.reduce((total, entry) => total + entry[key], 0) / 1024;
    return {
      ttfb: navigation.responseStart - navigation.requestStart,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
      lcp,
      load: navigation.loadEventEnd - navigation.startTime,
      scriptKb: kb(scripts, "encodedBodySize"),
      scriptKbDecoded: kb(scripts, "decodedBodySize"),
      totalKb: (navigation.encodedBodySize + kb(resources, "encodedBodySize") * 1024) / 1024,
    };
  })()`)) as PageSample;
  await context.close();
  return sample;
}

async function sampleTyping(browser: Browser, word: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base, { waitUntil: "networkidle" });
  const box = page.getByRole("searchbox").first();
  await box.click();
  await box.pressSequentially(word);
  const typed = performance.now();
  await page
    .locator("main mark", { hasText: new RegExp(word, "i") })
    .first()
    .waitFor();
  const elapsed = performance.now() - typed;
  await context.close();
  return elapsed;
}

const stop = await startApp();
const browser = await chromium.launch({
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
});
try {
  const hit = (await (await fetch(`${base}/api/search?q=China%20race&perPage=1`)).json()) as {
    hits: { claimId: number; claimSlug: string }[];
  };
  const pages: [string, string][] = [
    ["home (search, empty)", "/"],
    ["search results (?q=qwen)", "/?q=qwen"],
    ["claim page", `/claims/${hit.hits[0]!.claimId}-${hit.hits[0]!.claimSlug}`],
    ["speaker page", "/entities/jensen-huang"],
  ];
  console.log(`\n${RUNS} cold loads per page (new browser context each), 1280×900, Chromium ${browser.version()}\n`);
  console.log("| page | TTFB ms | FCP ms | LCP ms | load ms | JS kB (compressed) | JS kB (uncompressed) | all kB |");
  console.log("|:---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, url] of pages) {
    await samplePage(browser, base + url);
    const samples: PageSample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await samplePage(browser, base + url));
    const cell = (key: keyof PageSample) => `${round(median(samples.map((sample) => sample[key])))}`;
    console.log(
      `| ${name} | ${cell("ttfb")} | ${cell("fcp")} | ${cell("lcp")} | ${cell("load")} | ${cell("scriptKb")} | ${cell("scriptKbDecoded")} | ${cell("totalKb")} |`,
    );
  }
  const typing: number[] = [];
  for (const word of ["qwen", "china", "cheap", "nanoseconds", "downloads", "models", "racing", "remarks", "llama", "million"].slice(
    0,
    RUNS,
  )) {
    typing.push(await sampleTyping(browser, word));
  }
  console.log(
    `\nSearch as you type, last keystroke → highlighted results (includes the 150 ms debounce): median ${round(median(typing))} ms, p95 ${round(p95(typing))} ms over ${typing.length} words.`,
  );
} finally {
  await browser.close();
  stop();
}
