// Security events as one JSON object per line on stdout, for a log collector to parse:
// { "time", "kind": "security", "event", ...fields }. JSON escapes CR, LF and every other
// control character inside strings, and the two Unicode line separators it leaves alone are
// escaped here, so no value (an email, a reason) can split a line or forge another event.

export type SecurityEvent =
  | "sign_in.succeeded"
  | "sign_in.failed"
  | "sign_in.throttled"
  | "access.denied"
  | "account.role_changed"
  | "account.disabled"
  | "account.enabled"
  | "api_token.created"
  | "api_token.revoked"
  | "record.edited"
  | "rate_limit.exceeded"
  | "rate_limit.unavailable";

export function securityLogLine(event: SecurityEvent, fields: Record<string, unknown>, now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), kind: "security", event, ...fields }).replace(
    /[\u2028\u2029]/g,
    (separator) => `\\u${separator.charCodeAt(0).toString(16)}`,
  );
}

export function logSecurityEvent(event: SecurityEvent, fields: Record<string, unknown>): void {
  process.stdout.write(`${securityLogLine(event, fields)}\n`);
}
