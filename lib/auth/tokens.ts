import { createHash, randomBytes } from "node:crypto";

/** sha256, hex: how invite and API tokens are stored (they are long random values, so no salt is needed). */
export function digestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes, base64url, after a prefix that says what the token is for. */
export function generateToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}
