import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editRecord } from "../editing/edit-record";
import { citationKind, type CitationSnapshot } from "./citation-record";
import { brokenRule, requireRecord } from "../editing/resolve";
import { parseInput } from "../editing/validation";
import { measureProblem, ZUpdateCitation, type TUpdateCitation } from "./citation-schemas";

/** Changes a citation's source, role, locator or words; what it supports stays fixed. */
export async function updateCitation(db: Db, actor: Actor, id: number, input: TUpdateCitation): Promise<CitationSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason, ...patch } = parseInput(ZUpdateCitation, input);
  const pick = <K extends keyof typeof patch & keyof CitationSnapshot>(key: K, current: CitationSnapshot) =>
    (patch[key] === undefined ? current[key] : patch[key]) as CitationSnapshot[K];
  return editRecord(db, actor, citationKind, id, { version, reason, action: "UPDATE" }, async (current, tx) => {
    if (patch.sourceId !== undefined)
      await requireRecord(tx.source.findUnique({ where: { id: patch.sourceId } }), "sourceId", `there is no source ${patch.sourceId}`);
    const next = {
      ...current,
      sourceId: pick("sourceId", current),
      role: pick("role", current),
      kind: pick("kind", current),
      measure: pick("measure", current),
      page: pick("page", current),
      paragraph: pick("paragraph", current),
      startSeconds: pick("startSeconds", current),
      endSeconds: pick("endSeconds", current),
      exact: pick("exact", current),
      prefix: pick("prefix", current),
      suffix: pick("suffix", current),
    };
    // The locator is checked as it will be, since either end may be changed alone.
    if (next.endSeconds !== null && (next.startSeconds === null || next.endSeconds < next.startSeconds)) {
      throw brokenRule("endSeconds", next.startSeconds === null ? "needs a startSeconds" : "must not be before startSeconds");
    }
    const measure = measureProblem(next.kind, next.measure);
    if (measure) throw brokenRule("measure", measure);
    // New words (or a new source) are anchored again when written; context the editor left as it was is retaken from the text.
    const rewording = patch.exact !== undefined || patch.sourceId !== undefined;
    return {
      ...next,
      prefix: patch.prefix !== undefined || !rewording ? next.prefix : null,
      suffix: patch.suffix !== undefined || !rewording ? next.suffix : null,
    };
  });
}
