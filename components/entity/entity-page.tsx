import { ClaimsTimeline } from "@/components/timeline/claims-timeline";
import type { EntityPageData } from "@/lib/entities/load-entity-page";
import { entityKindLabel } from "@/lib/entities/labels";
import { Affiliations } from "./affiliations";
import { EntityFacetPanel } from "./entity-facets";
import { EntityNames } from "./entity-names";
import { PublishedSources } from "./published-sources";
import { WithdrawnNotice } from "./withdrawn-notice";
import styles from "./entity.module.css";

function ClaimsSection({
  id,
  heading,
  empty,
  claims,
  omitSpeaker,
}: {
  id: string;
  heading: string;
  empty: string;
  claims: EntityPageData["entity"]["spoken"];
  omitSpeaker?: string;
}) {
  return (
    <section aria-labelledby={id} className={styles.claimsSection}>
      <h2 id={id} className={styles.sectionHeading}>
        {heading} <span className={styles.count}>{claims.length}</span>
      </h2>
      {claims.length ? (
        <ClaimsTimeline claims={claims} labelledBy={id} omitSpeaker={omitSpeaker} />
      ) : (
        <p className={styles.empty}>{empty}</p>
      )}
    </section>
  );
}

/** A speaker's, organisation's or product's page: who they are, and what they said and what was said about them. */
export function EntityPageView({ entity, facets }: EntityPageData) {
  const otherNames = entity.names.filter((name) => name.kind === "NAME" && name.lang !== "en");
  const spokenHeading =
    entity.kind === "ORGANIZATION" && entity.members.length ? `Claims by ${entity.name} and its people` : `Claims by ${entity.name}`;
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kind}>{entityKindLabel(entity.kind)}</p>
        <h1 className={styles.title}>{entity.name}</h1>
        {otherNames.length ? (
          <p className={styles.otherNames}>
            {otherNames.map((name, index) => (
              <span key={`${name.lang}:${name.value}`}>
                {index > 0 ? (
                  <span aria-hidden="true" className={styles.separator}>
                    {" "}
                    ·{" "}
                  </span>
                ) : null}
                <span lang={name.lang}>{name.value}</span>
              </span>
            ))}
          </p>
        ) : null}
        {entity.description ? <p className={styles.description}>{entity.description}</p> : null}
        {entity.wikidataId ? (
          <p className={styles.wikidata}>
            <a href={`https://www.wikidata.org/wiki/${entity.wikidataId}`} rel="external">
              Wikidata {entity.wikidataId}
            </a>
          </p>
        ) : null}
        {entity.deprecatedAt ? <WithdrawnNotice at={entity.deprecatedAt} /> : null}
      </header>

      <div className={styles.identity}>
        <EntityNames names={entity.names} />
        <Affiliations memberships={entity.memberships} members={entity.members} />
      </div>

      <div className={styles.body}>
        <div className={styles.claims}>
          {entity.kind !== "PRODUCT" || entity.spoken.length ? (
            <ClaimsSection
              id="claims-by"
              heading={spokenHeading}
              empty={`No claims by ${entity.name} are recorded yet.`}
              claims={entity.spoken}
              omitSpeaker={entity.slug}
            />
          ) : null}
          <ClaimsSection
            id="claims-about"
            heading={`Claims about ${entity.name}`}
            empty={`No recorded claim is about ${entity.name} yet.`}
            claims={entity.about}
          />
          <PublishedSources name={entity.name} sources={entity.published} />
        </div>
        <div className={styles.aside}>
          <EntityFacetPanel slug={entity.slug} name={entity.name} facets={facets} />
        </div>
      </div>
    </article>
  );
}
