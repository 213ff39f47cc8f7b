import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import type { Db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { createSourcedQuote } from "../quotes/create-sourced-quote";
import type { TCreateSourcedQuote } from "../quotes/quote-schemas";

// Data for the editing tests: one user per role, written straight into `users` (sign-in is
// not what these tests are about), and a small sourced quote to edit.

export type RoleName = "none" | "reader" | "editor" | "admin";

export async function createActors(db: Db): Promise<Record<RoleName, Actor>> {
  const user = async (role: UserRole) => {
    const row = await db.user.create({
      data: { email: `${role.toLowerCase()}@example.org`, displayName: `${role.toLowerCase()} user`, role },
    });
    return { userId: row.id, role: row.role };
  };
  return { none: null, reader: await user("READER"), editor: await user("EDITOR"), admin: await user("ADMIN") };
}

export const HUANG_URL = "https://www.ft.com/content/huang-interview";

/** Jensen Huang's line, cited in a (new) FT interview, as a new published claim. */
export function huangQuote(overrides: Partial<TCreateSourcedQuote> = {}): TCreateSourcedQuote {
  return {
    speaker: {
      create: { slug: "jensen-huang", kind: "PERSON", name: "Jensen Huang", names: [{ lang: "zh-Hant", value: "黃仁勳", kind: "NAME" }] },
    },
    quote: {
      text: "China is going to win the AI race.",
      lang: "en",
      translations: [{ lang: "zh-Hant", text: "中國將贏得人工智能競賽。", translator: "Claimtrail" }],
    },
    claim: {
      create: {
        statements: [{ lang: "en", text: "China is going to win the AI race." }],
        claimedAt: "2025-11-05",
        tags: ["china-ai-race"],
      },
    },
    citations: [
      {
        source: {
          url: `${HUANG_URL}?utm_source=twitter#top`,
          create: { type: "INTERVIEW", title: "Jensen Huang interview", lang: "en", issued: "2025-11-05" },
        },
        role: "PRIMARY",
        exact: "China is going to win the AI race",
      },
    ],
    ...overrides,
  };
}

export function addHuangQuote(db: Db, actor: Actor, overrides: Partial<TCreateSourcedQuote> = {}) {
  return createSourcedQuote(db, actor, huangQuote(overrides));
}

/** The AppError a call is refused with; fails the test if it succeeds or throws anything else. */
export async function appErrorOf(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the call to be refused with an AppError");
}
