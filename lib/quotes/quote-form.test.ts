import { describe, expect, it } from "vitest";
import { conflictView } from "../editing/conflict-view";
import { readFormValues, rowCount } from "../editing/form-values";
import { AppError } from "../errors";
import { ZCreateSourcedQuote } from "./quote-schemas";
import { quoteFormIntent, sourcedQuoteFromForm } from "./quote-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("the add-a-quote form", () => {
  it("reads flat dotted fields into the input the schema parses, rows in order", () => {
    const values = readFormValues(
      form({
        $ACTION_ID_abc: "",
        "speaker.mode": "existing",
        "speaker.slug": "jensen-huang",
        "quote.text": "China is going to win the AI race.",
        "quote.lang": "en",
        "quote.spokenLang": "",
        "quote.translations.0.lang": "zh-Hant",
        "quote.translations.0.text": "中國將贏得AI競賽。",
        "quote.translations.0.translator": "Claimtrail",
        "claim.mode": "new",
        "claim.create.statements.0.lang": "en",
        "claim.create.statements.0.text": "China will win the AI race.",
        "claim.create.claimedAt": "2025-11",
        "claim.create.tags": "china-ai-race, chips",
        "citations.0.source.url": "https://example.org/a?utm_source=x",
        "citations.0.source.create.title": "",
        "citations.0.role": "PRIMARY",
        "citations.0.paragraph": "3",
        "citations.0.exact": "China is going to win",
      }),
    );
    expect(values).not.toHaveProperty("$ACTION_ID_abc");
    expect(rowCount(values, "quote.translations")).toBe(1);
    const input = sourcedQuoteFromForm(values, { draft: false, confirm: false });
    const parsed = ZCreateSourcedQuote.parse(input);
    expect(parsed.speaker).toEqual({ slug: "jensen-huang" });
    expect(parsed.claim.create).toMatchObject({ state: "PUBLISHED", tags: ["china-ai-race", "chips"], claimedAt: { precision: "MONTH" } });
    expect(parsed.citations[0]).toMatchObject({ source: { url: "https://example.org/a" }, paragraph: 3 });
    expect(parsed.quote.spokenLang).toBeUndefined();
  });

  it("leaves wrong numbers as typed, so the schema names the field", () => {
    const input = sourcedQuoteFromForm({ "citations.0.paragraph": "third", "citations.0.exact": "x" }, { draft: true, confirm: true });
    const result = ZCreateSourcedQuote.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((issue) => issue.path.join(".") === "citations.0.paragraph")).toBe(true);
    expect(input).toMatchObject({ confirmNotDuplicate: true, claim: { create: { state: "DRAFT" } } });
  });

  it("reads a figure citation's value and measure, and the schema names a missing measure beside its field", () => {
    const figure = {
      "speaker.slug": "hugging-face",
      "quote.text": "Qwen was downloaded 385.3 million times.",
      "quote.lang": "en",
      "claim.mode": "existing",
      "claim.id": "1",
      "citations.0.source.url": "https://example.org/downloads",
      "citations.0.role": "PRIMARY",
      "citations.0.kind": "FIGURE",
      "citations.0.exact": "385.3 million",
    };
    const read = (values: Record<string, string>) =>
      ZCreateSourcedQuote.safeParse(sourcedQuoteFromForm(values, { draft: false, confirm: false }));
    expect(read({ ...figure, "citations.0.measure": "Qwen downloads" }).data!.citations[0]).toMatchObject({
      kind: "FIGURE",
      measure: "Qwen downloads",
      exact: "385.3 million",
    });
    expect(read(figure).error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["citations.0.measure", "say what the figure measures"],
    ]);
    expect(read({ ...figure, "citations.0.kind": "" }).data!.citations[0]).toMatchObject({ kind: "QUOTATION" });
  });

  it("reads the button pressed", () => {
    expect(quoteFormIntent("add-citation:12")).toEqual({ kind: "add-citation", quoteId: 12 });
    expect(quoteFormIntent("confirm-draft")).toEqual({ kind: "save", draft: true, confirm: true });
    expect(quoteFormIntent(null)).toEqual({ kind: "save", draft: false, confirm: false });
  });
});

describe("conflictView", () => {
  it("lists the changed fields in the form's terms, the saved value beside the editor's", () => {
    const error = new AppError("conflict", "changed", undefined, {
      current: { version: 3 },
      changedFields: ["claimedAt", "claimedAtPrecision", "statements"],
    });
    const current = { claimedAt: "2025-10", "statements.0.lang": "en", "statements.0.text": "Theirs" };
    const yours = { claimedAt: "2025-11", "statements.0.lang": "en", "statements.0.text": "Mine" };
    expect(conflictView(error, current, yours, { claimedAtPrecision: "claimedAt" })).toEqual({
      version: 3,
      fields: [
        { field: "claimedAt", current: "2025-10", yours: "2025-11" },
        { field: "statements", current: "en: Theirs", yours: "en: Mine" },
      ],
    });
  });
});
