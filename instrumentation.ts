// Next.js calls register() once per server process: the search worker lives there, and the
// forwarding headers are sanitised there before Next.js reads them (lib/http/forwarding-at-server.ts),
// and the Vary fields proxy.ts sets are kept (lib/http/merge-vary.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readEnv } = await import("./lib/env");
    const { sanitizeForwardingAtServer } = await import("./lib/http/forwarding-at-server");
    sanitizeForwardingAtServer(readEnv().CLAIMTRAIL_TRUSTED_PROXY === "1");
    const { keepVaryFields } = await import("./lib/http/merge-vary");
    keepVaryFields();
    const { startSearchWorker } = await import("./lib/search/worker");
    startSearchWorker();
  }
}
