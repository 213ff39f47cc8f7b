import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Tx } from "../editing/record-kind";
import { sourceKind, type SourceSnapshot } from "./source-record";
import { fieldPath, invalidField, resolveEntityId } from "../editing/resolve";
import { inEditSession, type EditSession, type ExplainViolation } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import { ZCreateSource, type TCreateSource, type TSourceFields, type TSourceRef } from "./source-schemas";
import { createRecord } from "../editing/create-record";

export async function createSource(db: Db, actor: Actor, input: TCreateSource): Promise<SourceSnapshot> {
  requireRole(actor, "EDITOR");
  const { reason, ...fields } = parseInput(ZCreateSource, input);
  return inEditSession(
    db,
    actor,
    reason ?? "Added a source.",
    (session) => writeSource(session, fields, ""),
    explainSourceKeys(db, fields, null, ""),
  );
}

/**
 * One page is one source: an address (or DOI) already recorded is a duplicate naming the
 * source that has it. Checked before writing for a clear message; the unique index still
 * decides a race, and `explainSourceKeys` words that outcome the same way.
 */
export async function sourceKeyConflict(
  client: Tx | Db,
  keys: { url?: string | null; doi?: string | null },
  exceptId: number | null,
  path: string,
): Promise<AppError | null> {
  for (const field of ["url", "doi"] as const) {
    const value = keys[field];
    if (!value) continue;
    const taken = await client.source.findFirst({
      where: { [field]: value, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (taken) {
      const what = field === "url" ? "address" : "DOI";
      return new AppError(
        "duplicate",
        `Source ${taken.id} already has this ${what}.`,
        { [fieldPath(path, field)]: `is already the ${what} of source ${taken.id}` },
        { existingId: taken.id },
      );
    }
  }
  return null;
}

export function explainSourceKeys(
  db: Db,
  keys: { url?: string | null; doi?: string | null },
  exceptId: number | null,
  path: string,
): ExplainViolation {
  return async (violation) =>
    violation.kind === "unique" && ["sources_url_key", "sources_doi_key"].includes(violation.constraint)
      ? sourceKeyConflict(db, keys, exceptId, path)
      : null;
}

/** Creates a source in the session's transaction; `path` prefixes field names in errors. */
async function writeSource(session: EditSession, fields: TSourceFields, path: string): Promise<SourceSnapshot> {
  const { tx } = session;
  const conflict = await sourceKeyConflict(tx, fields, null, path);
  if (conflict) throw conflict;
  return createRecord(session, sourceKind, {
    type: fields.type,
    title: fields.title,
    containerTitle: fields.containerTitle ?? null,
    publisherId: fields.publisher ? await resolveEntityId(tx, fields.publisher, fieldPath(path, "publisher")) : null,
    authors: fields.authors,
    issued: fields.issued?.date ?? null,
    issuedPrecision: fields.issued?.precision ?? null,
    url: fields.url ?? null,
    accessed: fields.accessed ?? null,
    archiveUrl: fields.archiveUrl ?? null,
    archivedAt: fields.archivedAt ?? null,
    lang: fields.lang,
    doi: fields.doi ?? null,
  });
}

/**
 * The source a citation names: by id; else the source already recorded at its address
 * (normalised, so a shared link with tracking tags finds it); else a new one from its fields.
 */
export async function resolveSourceRef(session: EditSession, ref: TSourceRef, path: string): Promise<number> {
  const { tx } = session;
  if (ref.id !== undefined) {
    const source = await tx.source.findUnique({ where: { id: ref.id }, select: { id: true } });
    if (!source) throw invalidField(fieldPath(path, "id"), `there is no source ${ref.id}`);
    return source.id;
  }
  const url = ref.url ?? ref.create?.url ?? null;
  if (url) {
    const existing = await tx.source.findUnique({ where: { url }, select: { id: true } });
    if (existing) return existing.id;
  }
  if (!ref.create)
    throw invalidField(fieldPath(path, "create"), "no source is recorded at this address: give its fields (type, title, lang) to add it");
  return (await writeSource(session, { ...ref.create, url }, fieldPath(path, "create"))).id;
}
