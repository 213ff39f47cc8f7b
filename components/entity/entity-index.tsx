import { ENTITY_KINDS, type EntityHit, type EntityKindName, type EntityQuery, type EntityResult } from "@/lib/search/contract";
import { claimCountLabel, entityKindLabel } from "@/lib/entities/labels";
import { entitiesPath, entityPath } from "@/lib/routes";
import { DEFAULT_ENTITY_PAGE_SIZE } from "@/lib/search/entity-search-params";
import styles from "./entity-index.module.css";
import entityStyles from "./entity.module.css";

export type EntityIndexOutcome =
  | { kind: "results"; query: EntityQuery; result: EntityResult }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "unavailable" };

const KIND_PLURALS: Record<EntityKindName, string> = { PERSON: "People", ORGANIZATION: "Organisations", PRODUCT: "Products" };

/** The kinds as links (all, or one), each with its count under the words typed. */
function KindFilter({ query, result }: { query: EntityQuery; result: EntityResult }) {
  const all = ENTITY_KINDS.reduce((sum, kind) => sum + result.kinds[kind], 0);
  const choices = [
    { label: "All", kinds: [] as EntityKindName[], count: all },
    ...ENTITY_KINDS.map((kind) => ({ label: KIND_PLURALS[kind], kinds: [kind], count: result.kinds[kind] })),
  ];
  const current = query.kinds.length === 1 ? query.kinds[0] : null;
  return (
    <nav aria-label="Kind" className={styles.kinds}>
      <ul>
        {choices.map((choice) => {
          const isCurrent = (choice.kinds[0] ?? null) === current || (choice.kinds.length === 0 && query.kinds.length > 1);
          return (
            <li key={choice.label}>
              <a
                href={entitiesPath({ q: query.q, kind: choice.kinds })}
                aria-current={isCurrent ? "page" : undefined}
                className={styles.kind}
              >
                {choice.label} <span className={styles.kindCount}>{choice.count}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function EntityRow({ hit }: { hit: EntityHit }) {
  const others = [...new Map(hit.names.filter((name) => name.value !== hit.name).map((name) => [name.value, name])).values()];
  return (
    <li className={styles.entity} data-testid="entity-row">
      <a href={entityPath(hit)} className={styles.name}>
        {hit.name}
      </a>
      <span className={styles.meta}>
        {entityKindLabel(hit.kind)} · {claimCountLabel(hit.claimCount)}
      </span>
      {others.length ? (
        <span className={styles.names} data-testid="entity-names">
          {others.map((name, index) => (
            <span key={name.value}>
              {index > 0 ? <span aria-hidden="true"> · </span> : null}
              <span lang={name.lang}>{name.value}</span>
            </span>
          ))}
        </span>
      ) : null}
      <span className={styles.description}>{hit.description}</span>
    </li>
  );
}

function Pages({ query, result }: { query: EntityQuery; result: EntityResult }) {
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  if (pages === 1) return null;
  const to = (page: number) =>
    entitiesPath({ q: query.q, kind: query.kinds, page, perPage: query.perPage === DEFAULT_ENTITY_PAGE_SIZE ? undefined : query.perPage });
  return (
    <nav aria-label="Pages" className={styles.pager}>
      {query.page > 1 ? (
        <a href={to(query.page - 1)} rel="prev">
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {Math.min(query.page, pages)} of {pages}
      </span>
      {query.page < pages ? (
        <a href={to(query.page + 1)} rel="next">
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** /entities: everyone and everything on record, searchable by any name, filterable by kind. */
export function EntityIndexView({ outcome }: { outcome: EntityIndexOutcome }) {
  const query = outcome.kind === "results" ? outcome.query : null;
  return (
    <div className={styles.page}>
      <h1 className={entityStyles.title}>People, organisations and products</h1>
      <form role="search" action={entitiesPath()} method="get" className={styles.form}>
        <label htmlFor="entities-q">Find by any name, in any language</label>
        <div className={styles.formRow}>
          <input
            id="entities-q"
            type="search"
            name="q"
            defaultValue={query?.q ?? ""}
            maxLength={512}
            autoComplete="off"
            spellCheck={false}
            placeholder="Murati, 穆拉蒂, Qwen…"
          />
          {query?.kinds.map((kind) => (
            <input key={kind} type="hidden" name="kind" value={kind} />
          ))}
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      {outcome.kind === "invalid" ? (
        <div role="alert" className={styles.message}>
          <p>These parameters are not valid:</p>
          <ul>
            {Object.entries(outcome.fields).map(([field, message]) => (
              <li key={field}>
                <code>{field}</code> {message}
              </li>
            ))}
          </ul>
        </div>
      ) : outcome.kind === "unavailable" ? (
        <p role="alert" className={styles.message}>
          Search is unavailable right now; please try again shortly.
        </p>
      ) : (
        <>
          <KindFilter query={outcome.query} result={outcome.result} />
          <h2 className={styles.count}>
            {outcome.result.total} {outcome.result.total === 1 ? "entry" : "entries"}
            {outcome.query.q ? <> for “{outcome.query.q}”</> : null}
          </h2>
          {outcome.result.hits.length ? (
            <ul className={styles.list} aria-label="Entities">
              {outcome.result.hits.map((hit) => (
                <EntityRow key={hit.slug} hit={hit} />
              ))}
            </ul>
          ) : (
            <p className={styles.message}>Nobody and nothing on record goes by that name.</p>
          )}
          <Pages query={outcome.query} result={outcome.result} />
        </>
      )}
    </div>
  );
}
