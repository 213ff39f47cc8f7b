import { describe, expect, it } from "vitest";
import { decodeFormRow, encodeFormRow, rows, type FormValues } from "../editing/form-values";
import { TRANSLATION_FORM, translationColumns, ZTranslation, ZTranslationFields, type TranslationFields } from "./quote-fields";

const stored: TranslationFields = {
  lang: "zh-Hant",
  text: "中國將贏得人工智能競賽。",
  translator: "Claimtrail",
  sourceId: 7,
  isOfficial: true,
};

describe("a quote translation's field map", () => {
  it("gives the forms a codec for every stored field", () => {
    expect(Object.keys(TRANSLATION_FORM).sort()).toEqual(Object.keys(ZTranslationFields.shape).sort());
  });

  it("carries a stored translation through the edit form and back unchanged", () => {
    const values: FormValues = {};
    const snapshot = { ...stored, id: 3, quoteId: 9 };
    encodeFormRow(TRANSLATION_FORM, "translations.0", snapshot, values);
    expect(values).toEqual({
      "translations.0.lang": "zh-Hant",
      "translations.0.text": "中國將贏得人工智能競賽。",
      "translations.0.translator": "Claimtrail",
      "translations.0.sourceId": "7",
      "translations.0.isOfficial": "on",
    });
    const [row] = rows(values, "translations");
    expect(translationColumns(ZTranslation.parse(decodeFormRow(TRANSLATION_FORM, row!)))).toEqual(stored);
  });

  it("stores a field the form left empty as none, and an unticked box as false", () => {
    const values: FormValues = {
      "quote.translations.0.lang": "en",
      "quote.translations.0.text": "Words",
      "quote.translations.0.translator": "X",
    };
    const [row] = rows(values, "quote.translations");
    expect(translationColumns(ZTranslation.parse(decodeFormRow(TRANSLATION_FORM, row!)))).toEqual({
      lang: "en",
      text: "Words",
      translator: "X",
      sourceId: null,
      isOfficial: false,
    });
  });

  it("writes only the stored columns, whatever else the value carries", () => {
    expect(translationColumns({ ...stored, id: 3, quoteId: 9 } as TranslationFields)).toEqual(stored);
  });
});
