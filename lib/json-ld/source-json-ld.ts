import type { SourcePage } from "../sources/find-source-page";
import { oneOrMany, ref, SCHEMA_ORG_CONTEXT, sourceNode, sourceNodeId, uniqueEntityNodes, type JsonLdNode } from "./schema-nodes";

/** The source page's schema.org graph: the source's node (the same @id claims cite) and its publisher's. */
export function sourceJsonLd(page: SourcePage, origin: string): JsonLdNode {
  // The page knows its authors only as display names; the claims that cite it give them as nodes.
  const { authors: _displayNames, ...source } = page;
  const basedOn = page.relays.map((relay) => ref(sourceNodeId(origin, relay.source)));
  const node = { ...sourceNode(source, origin), ...(basedOn.length ? { isBasedOn: oneOrMany(basedOn) } : {}) };
  return { "@context": SCHEMA_ORG_CONTEXT, "@graph": [node, ...uniqueEntityNodes(page.publisher ? [page.publisher] : [], origin)] };
}
