import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";

// pglite-socket 0.2 has no authentication: any user and password is let in. So the TCP port
// on loopback is this gate, which reads the start-up message, asks for the password and
// checks it before anything reaches PGlite, whose own socket is a Unix socket only this
// process's user can open.

export interface EmbeddedCredentials {
  user: string;
  password: string;
}

const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;

/** Generated once per data folder and kept beside it (mode 0600); fresh for an in-memory database. */
export function embeddedCredentials(dataDir?: string): EmbeddedCredentials {
  const file = dataDir ? `${dataDir}.credentials.json` : null;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as EmbeddedCredentials;
  const credentials = { user: "postgres", password: randomBytes(24).toString("base64url") };
  if (file) writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

const digest = (value: string) => createHash("sha256").update(value).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cleartextPasswordRequest = () => message("R", Buffer.from([0, 0, 0, 3]));
const authenticationFailed = (user: string) =>
  message("E", Buffer.from(`SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user "${user}"\0\0`));

/** The start-up message's parameters (user, database, …). */
function startupParameters(startup: Buffer): Map<string, string> {
  const parts = startup.subarray(8).toString("utf8").split("\0");
  const parameters = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) parameters.set(parts[i]!, parts[i + 1] ?? "");
  return parameters;
}

export async function startEmbeddedGate(options: { credentials: EmbeddedCredentials; upstreamPath: string; port: number }) {
  const { credentials } = options;
  const server = net.createServer((client) => {
    let buffer = Buffer.alloc(0);
    let startup: Buffer | null = null;
    client.on("error", () => client.destroy());
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (!startup && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        if (length < 8 || length > 10_000) return void client.destroy();
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        const packet = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST) client.write("N");
        else if (code === PROTOCOL_3) {
          startup = Buffer.from(packet);
          client.write(cleartextPasswordRequest());
        } else return void client.destroy();
      }
      if (!startup || buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer[0] !== 0x70 || length > 1_000) return void client.destroy();
      if (buffer.length < length + 1) return;
      const password = buffer.subarray(5, length).toString("utf8");
      const rest = buffer.subarray(length + 1);
      const user = startupParameters(startup).get("user") ?? "";
      client.off("data", onData);
      if (!(same(user, credentials.user) && same(password, credentials.password))) return void client.end(authenticationFailed(user));
      const upstream = net.connect(options.upstreamPath);
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
      upstream.write(startup);
      if (rest.length) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
    };
    client.on("data", onData);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
