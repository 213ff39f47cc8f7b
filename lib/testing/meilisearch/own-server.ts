import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../net/free-port";

// A Meilisearch server of a test's own, from the binary `.ci/run` found (MEILI_BIN), so a
// fault test can stop and kill it without touching the server the other suites share.

export const meiliBin = process.env.MEILI_BIN || undefined;

export class OwnMeilisearch {
  readonly masterKey = randomBytes(24).toString("hex");
  readonly #dataDir = mkdtempSync(path.join(tmpdir(), "claimtrail-meili-"));
  #process: ChildProcess | null = null;
  url = "";

  /** Starts the server (again, on the same data and port after a kill) and waits for its health. */
  async start(): Promise<void> {
    if (!meiliBin) throw new Error("MEILI_BIN is not set");
    this.url ||= `http://127.0.0.1:${await freePort()}`;
    const child = spawn(
      meiliBin,
      [
        "--no-analytics",
        "--http-addr",
        new URL(this.url).host,
        "--db-path",
        path.join(this.#dataDir, "data.ms"),
        "--master-key",
        this.masterKey,
      ],
      { stdio: "ignore" },
    );
    this.#process = child;
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`meilisearch exited with ${child.exitCode}`);
      const healthy = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(1_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("meilisearch did not become healthy");
  }

  signal(signal: "SIGSTOP" | "SIGCONT" | "SIGKILL"): void {
    this.#process?.kill(signal);
  }

  async kill(): Promise<void> {
    const child = this.#process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.#dataDir, { recursive: true, force: true });
  }
}
