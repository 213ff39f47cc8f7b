import { spawnSync } from "node:child_process";

// `prisma generate` never runs the schema engine, but the CLI insists on finding one and
// would try to download it; any existing file satisfies the check.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
