import type { EntityFacetField, EntityFacets, ScopeField } from "@/lib/entities/entity-facets";
import { ENTITY_FACET_FIELDS } from "@/lib/entities/entity-facets";
import { searchPath } from "@/lib/routes";
import styles from "./entity.module.css";
import panel from "./entity-facets.module.css";

const FIELD_HEADINGS: Record<EntityFacetField, string> = {
  status: "Attribution status",
  sourceType: "Source type",
  publisher: "Publisher",
  tag: "Topic",
  lang: "Language of the words",
};

function scopeSentence(scope: ScopeField, name: string, total: number): string {
  const count = `${total} ${total === 1 ? "quote or figure" : "quotes and figures"}`;
  if (scope === "speaker") return `${count} by ${name}.`;
  if (scope === "org") return `${count} by ${name} and its people.`;
  return `${count} about ${name}.`;
}

/** The search page's facet counts within this entity's claims; each value opens that search. */
export function EntityFacetPanel({ slug, name, facets }: { slug: string; name: string; facets: EntityFacets | "none" | "unavailable" }) {
  return (
    <section aria-labelledby="facets-heading" className={panel.facets} data-testid="entity-facets">
      <h2 id="facets-heading" className={styles.panelHeading}>
        In search
      </h2>
      {typeof facets === "object" ? (
        <>
          <p className={panel.facetsIntro}>
            {scopeSentence(facets.scope, name, facets.total)} <a href={searchPath({ [facets.scope]: slug })}>Search them</a>
          </p>
          {ENTITY_FACET_FIELDS.filter((field) => facets.facets[field].length > 0).map((field) => (
            <div key={field} className={panel.facetGroup}>
              <h3 id={`facet-${field}`} className={styles.subHeading}>
                {FIELD_HEADINGS[field]}
              </h3>
              <ul className={panel.facetValues} aria-labelledby={`facet-${field}`}>
                {facets.facets[field].map((value) => (
                  <li key={value.value}>
                    <a href={searchPath({ [facets.scope]: slug, [field]: value.value })} className={panel.facetLink}>
                      <span className={panel.facetLabel}>{value.label}</span>
                      <span className={panel.facetCount}>{value.count}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      ) : (
        <p className={styles.empty}>
          {facets === "none"
            ? `Nothing in the search index concerns ${name} yet.`
            : "Search is unavailable right now, so these counts cannot be shown."}
        </p>
      )}
    </section>
  );
}
