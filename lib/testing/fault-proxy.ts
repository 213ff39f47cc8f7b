import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a database, for fault tests: `freeze()` holds every
 * byte in both directions (a server that stopped answering, connections still open),
 * `thaw()` delivers what was held, `dropConnections()` resets every connection (a restart),
 * and `refuse(true)` resets new connections as they arrive (a server that is down).
 */
export interface FaultProxy {
  /** `target` with its host and port replaced by the proxy's. */
  url: string;
  freeze(): void;
  thaw(): void;
  refuse(on: boolean): void;
  dropConnections(): void;
  close(): Promise<void>;
}

interface Pipe {
  client: net.Socket;
  upstream: net.Socket;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstreamUrl = new URL(target);
  const pipes = new Set<Pipe>();
  let frozen = false;
  let refusing = false;

  let held: Array<() => void> = [];
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on("data", (chunk: Buffer) => {
      if (!frozen) return void to.write(chunk);
      from.pause();
      held.push(() => {
        to.write(chunk);
        from.resume();
      });
    });
  };

  const server = net.createServer((client) => {
    if (refusing) return void client.resetAndDestroy();
    const upstream = net.connect(Number(upstreamUrl.port || 5432), upstreamUrl.hostname);
    const pipe = { client, upstream };
    pipes.add(pipe);
    const end = () => {
      pipes.delete(pipe);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on("error", end).on("close", end);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  const dropConnections = () => {
    held = [];
    for (const { client, upstream } of pipes) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pipes.clear();
  };
  return {
    url: url.toString(),
    freeze: () => void (frozen = true),
    thaw() {
      frozen = false;
      const release = held;
      held = [];
      for (const deliver of release) deliver();
    },
    refuse: (on) => void (refusing = on),
    dropConnections,
    async close() {
      dropConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
