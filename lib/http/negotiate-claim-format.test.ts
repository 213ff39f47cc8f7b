import { describe, expect, it } from "vitest";
import { negotiatedCitationPath, negotiatedClaimFormat } from "./negotiate-claim-format";

describe("negotiatedClaimFormat", () => {
  it.each([
    ["application/vnd.citationstyles.csl+json", "csl-json"],
    ["application/x-bibtex", "bibtex"],
    ["application/x-research-info-systems", "ris"],
    ["application/ld+json", "json-ld"],
    ["text/html;q=0.5, application/x-bibtex", "bibtex"],
    ["application/x-bibtex;q=0.9, application/ld+json", "json-ld"],
  ])("%s → %s", (accept, format) => {
    expect(negotiatedClaimFormat(accept)).toBe(format);
  });

  it.each([
    [null],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"],
    ["*/*"],
    ["text/html, application/x-bibtex"],
    ["application/x-bibtex;q=0"],
    ["application/json"],
  ])("answers %s with the page", (accept) => {
    expect(negotiatedClaimFormat(accept)).toBeNull();
  });
});

describe("negotiatedCitationPath", () => {
  it("rewrites claim permalinks only", () => {
    expect(negotiatedCitationPath("/claims/12-china-wins", "application/x-bibtex")).toBe(
      "/claims/12-china-wins/cite?format=bibtex&negotiated=1",
    );
    expect(negotiatedCitationPath("/claims/12-china-wins/cite", "application/x-bibtex")).toBeNull();
    expect(negotiatedCitationPath("/sources/12", "application/x-bibtex")).toBeNull();
  });
});
