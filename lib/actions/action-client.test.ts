import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { zId } from "../editing/schema-parts";
import { AppError } from "../errors";
import { actionClient, oneMessage, type Refusal } from "./action-client";

// The one error policy of server actions, run without a server: these actions need no actor.

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

interface State {
  ok?: string;
  id?: number;
  refusal?: Refusal;
}
const echo = (refusal: Refusal): State => ({ refusal });

afterEach(() => vi.restoreAllMocks());

describe("actionClient.form", () => {
  it("parses the form with the schema and hands the input to the action", async () => {
    const action = actionClient.form({
      schema: z.object({ name: z.string().min(2, "too short") }),
      run: async ({ input }): Promise<State> => ({ ok: input.name }),
      refused: echo,
    });
    expect(await action({ ok: "" }, form({ name: "Ada" }))).toEqual({ ok: "Ada" });
    const refused = await action({ ok: "" }, form({ name: "A" }));
    expect(refused).toMatchObject({ refusal: { message: "Some fields are not valid.", fields: { name: "too short" } } });
  });

  it("passes an expected AppError through with its field messages", async () => {
    const action = actionClient.form({
      run: async (): Promise<State> => {
        throw new AppError("duplicate", "Already there.", { exact: "are already cited" });
      },
      refused: echo,
    });
    expect(await action({}, form({}))).toMatchObject({
      refusal: { message: "Already there.", fields: { exact: "are already cited" }, error: { code: "duplicate" } },
    });
  });

  it("logs anything else and words it generically", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = actionClient.form({
      run: async (): Promise<State> => {
        throw new Error("connection reset by 10.0.0.7");
      },
      refused: echo,
    });
    const state = await action({}, form({}));
    expect(state.refusal?.message).toMatch(/problem on our side/);
    expect(state.refusal?.message).not.toContain("10.0.0.7");
    expect(logged).toHaveBeenCalledOnce();
  });

  it("lets redirect() through", async () => {
    const action = actionClient.form({ run: async (): Promise<State> => redirect("/somewhere"), refused: echo });
    await expect(action({}, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("parses the bound arguments, refusing one that names no record", async () => {
    const action = actionClient.form({ bind: [zId], run: async (_call, id): Promise<State> => ({ id }), refused: echo });
    expect(await action(7, {}, form({}))).toEqual({ id: 7 });
    expect(await action("7; drop" as unknown as number, {}, form({}))).toMatchObject({ refusal: { error: { code: "invalid_input" } } });
  });
});

describe("oneMessage", () => {
  it("is the field's message when there is one", () => {
    expect(oneMessage({ message: "Some fields are not valid.", fields: { role: "Unknown role." } })).toBe("Unknown role.");
    expect(oneMessage({ message: "No such account." })).toBe("No such account.");
  });
});
