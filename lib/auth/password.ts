import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

/**
 * OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. Better Auth's default
 * (scrypt) is below that bar, so these are plugged into its `password.hash/verify`.
 * `Algorithm` is a const enum that isolated modules cannot reference: 2 is Argon2id.
 */
const ARGON2_OPTIONS: Options = {
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that is not argon2 (never throws on bad input). */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
