import { citationKind } from "./citation";
import { claimKind } from "./claim";
import { entityKind } from "./entity";
import type { EditableKind, VersionedSnapshot } from "./kind";
import { quoteKind } from "./quote";
import { sourceKind } from "./source";

export const EDITABLE_RECORD_TYPES = ["claim", "quote", "source", "entity", "citation"] as const;
export type EditableRecordType = (typeof EDITABLE_RECORD_TYPES)[number];

/** Every editable kind, for the code that handles any record alike (deprecation, restore). */
export const EDITABLE_KINDS: Record<EditableRecordType, EditableKind<VersionedSnapshot, VersionedSnapshot>> = {
  claim: claimKind,
  quote: quoteKind,
  source: sourceKind,
  entity: entityKind,
  citation: citationKind,
};

export function isEditableType(type: string): type is EditableRecordType {
  return (EDITABLE_RECORD_TYPES as readonly string[]).includes(type);
}
