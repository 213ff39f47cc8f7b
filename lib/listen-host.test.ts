import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { listenHost } from "./listen-host";

const env = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);

describe("listenHost", () => {
  it("serves the embedded demo on loopback only", () => {
    expect(listenHost(env({}), true)).toBe("127.0.0.1");
    expect(listenHost(env({ HOST: "" }), true)).toBe("127.0.0.1");
  });

  it("binds what HOST says, for either database", () => {
    expect(listenHost(env({ HOST: "0.0.0.0" }), true)).toBe("0.0.0.0");
    expect(listenHost(env({ HOST: "::" }), false)).toBe("::");
  });

  it("leaves a Postgres-server deployment on every interface unless HOST says otherwise", () => {
    expect(listenHost(env({}), false)).toBeUndefined();
  });

  it("refuses a HOST that is not an address or host name", () => {
    expect(() => env({ HOST: "0.0.0.0 --inspect" })).toThrow(/HOST/);
  });
});
