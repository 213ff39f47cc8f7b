// Whether cited words are the source's own: found in Claimtrail's stored copy of it. Words of a
// source without a stored copy are only as an editor recorded them, and are never shown as verbatim.

export function isCheckedCitation(citation: { anchorCloseness: number | null; source: { snapshot: unknown } }): boolean {
  return Boolean(citation.source.snapshot) && citation.anchorCloseness !== null;
}
