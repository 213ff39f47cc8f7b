// Next.js calls register() once per server process: the search worker lives there.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSearchWorker } = await import("./lib/search/worker");
    startSearchWorker();
  }
}
