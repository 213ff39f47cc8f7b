import { citationKind } from "../citations/citation-record";
import { claimKind } from "../claims/claim-record";
import { entityKind } from "../entities/entity-record";
import type { EditableKind, VersionedSnapshot } from "../editing/record-kind";
import { quoteKind } from "../quotes/quote-record";
import { sourceKind } from "../sources/source-record";

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
