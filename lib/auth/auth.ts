import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db as processDb, type Db } from "../db/client";
import { readEnv } from "../env";
import { clientAddress } from "./client-address";
import { hashPassword, verifyPassword } from "./password";
import { COOKIE_PREFIX, PASSWORD_POLICY, SESSION_POLICY } from "./policy";
import { loadAuthSecret } from "./secret";
import { validatePassword } from "./users";
import { clearSignInFailures, findSignInLock, recordSignInFailure, throttledMessage } from "./throttle";

export interface AuthSettings {
  secret: string;
  /** The public origin (CLAIMTRAIL_BASE_URL); unset, Better Auth takes it from each request. */
  baseUrl?: string;
}

/** The sign-in route, the one whose failures are counted. */
const SIGN_IN_ENDPOINT = "/sign-in/email";

/** Where an account sets a new password (`newPassword` in the body). */
const NEW_PASSWORD_ENDPOINTS = new Set(["/change-password", "/reset-password", "/set-password"]);

/** The code of the refusal a breached or common new password gets. */
export const COMMON_PASSWORD_CODE = "PASSWORD_COMMON";

/** The code of the refusal a locked email or address gets. */
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

/**
 * Better Auth configured for Claimtrail: email and password only, no public sign-up (accounts
 * come from invites and the first-admin bootstrap), sessions in Postgres, argon2id hashes,
 * numeric ids in our own tables. Every choice is explained in docs/decisions/auth.md.
 */
export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: "Claimtrail",
    secret: settings.secret,
    baseURL: settings.baseUrl,
    basePath: "/api/auth",
    telemetry: { enabled: false },
    logger: { level: "error" },
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_POLICY.minLength,
      maxPasswordLength: PASSWORD_POLICY.maxLength,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      fields: { name: "displayName" },
      additionalFields: {
        // Never input: neither sign-in nor /update-user may set a role; admins change it in lib/auth/users.ts.
        role: { type: "string", required: false, defaultValue: "READER", input: false },
      },
    },
    session: {
      expiresIn: SESSION_POLICY.idleSeconds,
      updateAge: SESSION_POLICY.refreshSeconds,
      freshAge: SESSION_POLICY.freshSeconds,
      // Every request reads the session row, so a revoked session stops at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Sign-in failures have their own, stricter throttle (throttle.ts); this only caps bursts.
      customRules: { [SIGN_IN_ENDPOINT]: { window: 60, max: 30 } },
    },
    advanced: {
      database: { generateId: "serial" },
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: settings.baseUrl ? settings.baseUrl.startsWith("https:") : process.env.NODE_ENV === "production",
      // proxy.ts leaves exactly one trustworthy address in x-forwarded-for (client-address.ts).
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (NEW_PASSWORD_ENDPOINTS.has(ctx.path)) refuseWeakNewPassword(ctx.body);
        if (ctx.path !== SIGN_IN_ENDPOINT) return;
        const lock = await findSignInLock(db, emailOf(ctx.body), clientAddress(requestHeaders(ctx)));
        if (lock) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { code: SIGN_IN_THROTTLED, message: throttledMessage(lock), retryAfterSeconds: lock.retryAfterSeconds },
            { "Retry-After": String(lock.retryAfterSeconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_ENDPOINT) return;
        const returned = ctx.context.returned;
        const email = emailOf(ctx.body);
        if (!isAPIError(returned)) await clearSignInFailures(db, email);
        else if (returned.statusCode === 401) await recordSignInFailure(db, email, clientAddress(requestHeaders(ctx)));
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function refuseWeakNewPassword(body: unknown): void {
  const newPassword = (body as { newPassword?: unknown } | undefined)?.newPassword;
  const problem = typeof newPassword === "string" ? validatePassword(newPassword) : null;
  if (problem) throw new APIError("BAD_REQUEST", { code: COMMON_PASSWORD_CODE, message: problem });
}

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
}

function requestHeaders(ctx: { request?: Request; headers?: Headers }): Headers {
  return ctx.request?.headers ?? ctx.headers ?? new Headers();
}

// One instance per process, kept on globalThis like the Prisma client.
const holder = globalThis as unknown as { claimtrailAuth?: Promise<Auth> };

/** The process-wide Better Auth instance on the app's database. */
export function getAuth(): Promise<Auth> {
  holder.claimtrailAuth ??= (async () => {
    const env = readEnv();
    const db = processDb();
    const secret = env.CLAIMTRAIL_AUTH_SECRET ?? (await loadAuthSecret(db));
    return createAuth(db, { secret, baseUrl: env.CLAIMTRAIL_BASE_URL });
  })().catch((error: unknown) => {
    holder.claimtrailAuth = undefined;
    throw error;
  });
  return holder.claimtrailAuth;
}
