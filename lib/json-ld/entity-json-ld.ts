import type { EntityPage } from "../entities/find-entity-page";
import { entityNode, entityNodeId, oneOrMany, ref, SCHEMA_ORG_CONTEXT, uniqueEntityNodes, type JsonLdNode } from "./schema-nodes";

/** The entity page's schema.org graph: the entity's node (the same @id its claims name) and those it is affiliated with. */
export function entityJsonLd(page: EntityPage, origin: string): JsonLdNode {
  const otherNames = [...new Set(page.names.map((name) => name.value).filter((name) => name !== page.name))];
  // A person's organisations, an organisation's people: the two sides of one affiliation.
  const organizations = page.kind === "PERSON" ? page.memberships.map(({ entity }) => ({ ...entity, kind: "ORGANIZATION" })) : [];
  const people = page.kind === "ORGANIZATION" ? page.members.map(({ entity }) => ({ ...entity, kind: "PERSON" })) : [];
  const refs = (entities: { slug: string }[]) => oneOrMany(entities.map((entity) => ref(entityNodeId(origin, entity))));
  const node = entityNode(page, origin, {
    ...(otherNames.length ? { alternateName: oneOrMany(otherNames) } : {}),
    ...(page.description ? { description: page.description } : {}),
    ...(page.wikidataId ? { sameAs: `https://www.wikidata.org/wiki/${page.wikidataId}` } : {}),
    ...(organizations.length ? { affiliation: refs(organizations) } : {}),
    ...(people.length ? { member: refs(people) } : {}),
  });
  return { "@context": SCHEMA_ORG_CONTEXT, "@graph": [node, ...uniqueEntityNodes([...organizations, ...people], origin)] };
}
