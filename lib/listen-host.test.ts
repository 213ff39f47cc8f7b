import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { listenHost } from "./listen-host";

describe("listenHost", () => {
  it("serves the embedded demo on loopback only", () => {
    expect(listenHost(readEnv({}), true)).toBe("127.0.0.1");
    expect(listenHost(readEnv({ HOST: "" }), true)).toBe("127.0.0.1");
  });

  it("binds what HOST says, for either database", () => {
    expect(listenHost(readEnv({ HOST: "0.0.0.0" }), true)).toBe("0.0.0.0");
    expect(listenHost(readEnv({ HOST: "::" }), false)).toBe("::");
  });

  it("leaves a Postgres-server deployment on every interface unless HOST says otherwise", () => {
    expect(listenHost(readEnv({}), false)).toBeUndefined();
  });

  it("refuses a HOST that is not an address or host name", () => {
    expect(() => readEnv({ HOST: "0.0.0.0 --inspect" })).toThrow(/HOST/);
  });
});
