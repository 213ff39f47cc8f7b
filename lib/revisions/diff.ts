// Field-level differences between two snapshots of one record. Bookkeeping fields (ids,
// versions, timestamps) are not changes anyone made; a part (statement, translation, name)
// is compared by its content, since replacing it gives it a new row id.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt"]);

/** The key that points a part back at its record: not content. */
const PARENT_KEYS: Record<string, string> = {
  statements: "claimId",
  entities: "claimId",
  tags: "claimId",
  translations: "quoteId",
  names: "entityId",
};

type Snapshot = Record<string, unknown>;

const asSnapshot = (value: object | null) => value as Snapshot | null;

function content(field: string, value: unknown): unknown {
  const parentKey = PARENT_KEYS[field];
  if (!parentKey || !Array.isArray(value)) return value;
  return value.map((part) => {
    if (typeof part !== "object" || part === null) return part;
    const { id: _id, [parentKey]: _parent, ...rest } = part as Snapshot;
    return rest;
  });
}

/** JSON with keys in one order: snapshots read back from jsonb come with their keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function diffSnapshots(beforeRecord: object | null, afterRecord: object): FieldChange[] {
  const before = asSnapshot(beforeRecord);
  const after = asSnapshot(afterRecord)!;
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const was = before ? content(field, before[field] ?? null) : null;
    const now = content(field, after[field] ?? null);
    if (canonical(was) !== canonical(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}
