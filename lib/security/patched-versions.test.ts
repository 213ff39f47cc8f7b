import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The lowest release of each package that carries every published security fix we know of
// (GitHub advisories, checked 2026-12-02). Raise a floor when a new advisory names a later
// release; CI fails while the installed tree is below it.
//   next 16.3.3: CVE-2026-75604 (and 16.2.11's CVE-2026-64642 auth bypass, 16.2.5's CVE-2026-44578 SSRF)
//   react, react-dom 19.2.4: GHSA-5f7q-jpqc-wp7h, GHSA-9g9p-9gw9-jx7f (after 19.2.1's CVE-2025-55182 RCE)
//   better-auth 1.6.26: the last of its 2026 advisories (GHSA-qq9h-g4jm-xgf3 fixed in 1.6.22, GHSA-p6v2-xcpg-h6xw in 1.4.17)
//   sharp 0.35.0: GHSA-f88m-g3jw-g9cj (libvips CVE-2026-33327, -33328, -35590, -35591)
const PATCHED_FLOORS: Record<string, string> = {
  next: "16.3.3",
  react: "19.2.4",
  "react-dom": "19.2.4",
  "better-auth": "1.6.26",
  sharp: "0.35.0",
};

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8")) as { version: string })
    .version;
}

/** Negative when a < b. A pre-release sorts below its release (16.4.0-canary.1 < 16.4.0). */
function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core = "", pre] = version.split("-", 2);
    return { parts: core.split(".").map(Number), pre: pre !== undefined };
  };
  const [left, right] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) {
    const difference = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return Number(right.pre) - Number(left.pre);
}

describe("patched dependency versions", () => {
  it("compares release versions, pre-releases below their release", () => {
    expect(compareVersions("16.10.0", "16.9.9")).toBeGreaterThan(0);
    expect(compareVersions("0.34.5", "0.35.0")).toBeLessThan(0);
    expect(compareVersions("16.4.0-canary.3", "16.4.0")).toBeLessThan(0);
    expect(compareVersions("1.6.26", "1.6.26")).toBe(0);
  });

  for (const [name, floor] of Object.entries(PATCHED_FLOORS)) {
    it(`installs ${name} ${floor} or later`, () => {
      const version = installedVersion(name);
      expect(compareVersions(version, floor), `${name} ${version} is below its patched floor ${floor}`).toBeGreaterThanOrEqual(0);
    });
  }
});
