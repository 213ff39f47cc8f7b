import { z } from "zod";

// Every variable the app reads, parsed once. Empty strings count as unset so that a
// copied .env.example with blank values behaves like no .env at all.
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());

const milliseconds = z.coerce.number().int().min(100).max(600_000);

const EnvSchema = z.object({
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  DATABASE_OWNER_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  DATABASE_POOL_MAX: optional(z.coerce.number().int().min(1).max(100)),
  DATABASE_CONNECT_TIMEOUT_MS: optional(milliseconds),
  DATABASE_STATEMENT_TIMEOUT_MS: optional(milliseconds),
  DATABASE_QUERY_TIMEOUT_MS: optional(milliseconds),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: optional(milliseconds),
  CLAIMTRAIL_DATA_DIR: optional(z.string()),
  MEILI_URL: optional(z.url()),
  MEILI_ADMIN_KEY: optional(z.string()),
  MEILI_SEARCH_KEY: optional(z.string()),
  MEILI_INDEX: optional(z.string().regex(/^[a-zA-Z0-9_-]+$/)),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  HOST: optional(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, "must be a host name or an IP address")),
  SEARCH_WORKER: optional(z.enum(["on", "off"])),
  CLAIMTRAIL_AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  CLAIMTRAIL_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  CLAIMTRAIL_TRUSTED_PROXY: optional(z.enum(["0", "1"])),
  CLAIMTRAIL_READ_LIMIT_PER_MINUTE: optional(z.coerce.number().int().min(0).max(1_000_000)),
  CLAIMTRAIL_ADMIN_EMAIL: optional(z.email()),
  CLAIMTRAIL_ADMIN_PASSWORD: optional(z.string().min(12, "must be at least 12 characters").max(128)),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
