import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editRecord } from "../editing/edit-record";
import { sourceKind, type SourceSnapshot } from "./source-record";
import { resolveEntityId } from "../editing/resolve";
import { parseInput } from "../editing/validation";
import { explainSourceKeys, sourceKeyConflict } from "./create-source";
import { ZUpdateSource, type TUpdateSource } from "./source-schemas";

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** Changes a source's bibliographic fields; fields left out keep their value, null clears. */
export async function updateSource(db: Db, actor: Actor, id: number, input: TUpdateSource): Promise<SourceSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason, ...patch } = parseInput(ZUpdateSource, input);
  const keep = <K extends keyof typeof patch>(key: K) => patch[key] === undefined;
  return editRecord(
    db,
    actor,
    sourceKind,
    id,
    { version, reason, action: "UPDATE" },
    async (current, tx) => {
      const conflict = await sourceKeyConflict(tx, { url: patch.url, doi: patch.doi }, id, "");
      if (conflict) throw conflict;
      return {
        ...current,
        type: patch.type ?? current.type,
        title: patch.title ?? current.title,
        containerTitle: keep("containerTitle") ? current.containerTitle : patch.containerTitle!,
        publisherId: keep("publisher")
          ? current.publisherId
          : patch.publisher
            ? await resolveEntityId(tx, patch.publisher, "publisher")
            : null,
        authors: patch.authors ?? current.authors,
        issued: keep("issued") ? current.issued : iso(patch.issued?.date),
        issuedPrecision: keep("issued") ? current.issuedPrecision : (patch.issued?.precision ?? null),
        url: keep("url") ? current.url : patch.url!,
        accessed: keep("accessed") ? current.accessed : iso(patch.accessed),
        archiveUrl: keep("archiveUrl") ? current.archiveUrl : patch.archiveUrl!,
        archivedAt: keep("archivedAt") ? current.archivedAt : iso(patch.archivedAt),
        lang: patch.lang ?? current.lang,
        doi: keep("doi") ? current.doi : patch.doi!,
      };
    },
    explainSourceKeys(db, { url: patch.url, doi: patch.doi }, id, ""),
  );
}
