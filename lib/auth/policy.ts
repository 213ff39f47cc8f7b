// Every lifetime and limit of sign-in, in one place (seconds unless named otherwise).

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_POLICY = {
  /** A session unused for this long expires (Better Auth's `expiresIn`, pushed forward on use). */
  idleSeconds: 12 * HOUR,
  /** How often use pushes the idle expiry forward (Better Auth's `updateAge`). */
  refreshSeconds: 1 * HOUR,
  /** No session outlives this, however active: checked on its creation time. */
  absoluteSeconds: 7 * DAY,
  /** Sensitive Better Auth operations want a session at most this old (`freshAge`). */
  freshSeconds: 15 * MINUTE,
} as const;

/**
 * Failed sign-ins counted in a window; reaching `maxFailures` locks the key for `lockSeconds`.
 * Per account email (the brute-force guard a forged address cannot dodge) and per client
 * address (higher, since offices share one address; it stops spraying many accounts).
 */
export const THROTTLE_POLICY = {
  email: { maxFailures: 5, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
  ip: { maxFailures: 20, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
} as const;

/** Better Auth's cookie names start with this: `claimtrail.session_token`, `__Secure-` over HTTPS. */
export const COOKIE_PREFIX = "claimtrail";

export const PASSWORD_POLICY = { minLength: 12, maxLength: 128 } as const;

export const INVITE_TTL_SECONDS = 3 * DAY;
