import type { AffiliationRow } from "@/lib/entities/find-entity-page";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { entityPath } from "@/lib/routes";
import styles from "./entity.module.css";

function DateOf({ date }: { date: Date }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{formatPartialDate(date, "DAY")}</time>;
}

/** "since 5 April 1993", "until …", "… – …"; nothing when no date is recorded. */
function Period({ startDate, endDate }: Pick<AffiliationRow, "startDate" | "endDate">) {
  if (startDate && endDate)
    return (
      <>
        <DateOf date={startDate} /> – <DateOf date={endDate} />
      </>
    );
  if (startDate)
    return (
      <>
        since <DateOf date={startDate} />
      </>
    );
  if (endDate)
    return (
      <>
        until <DateOf date={endDate} />
      </>
    );
  return null;
}

function AffiliationList({ id, heading, rows }: { id: string; heading: string; rows: AffiliationRow[] }) {
  return (
    <>
      <h3 id={id} className={styles.subHeading}>
        {heading}
      </h3>
      <ul className={styles.affiliations} aria-labelledby={id}>
        {rows.map((row) => (
          <li key={`${row.entity.slug}:${row.role}`} data-testid="affiliation">
            <a href={entityPath(row.entity)} className={styles.affiliationName}>
              {row.entity.name}
            </a>
            <span className={styles.affiliationRole}>{row.role}</span>
            {row.startDate || row.endDate ? (
              <span className={styles.affiliationDates}>
                <Period startDate={row.startDate} endDate={row.endDate} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A person's organisations and an organisation's people, with roles and dates. */
export function Affiliations({ memberships, members }: { memberships: AffiliationRow[]; members: AffiliationRow[] }) {
  if (memberships.length === 0 && members.length === 0) return null;
  return (
    <section aria-labelledby="affiliations-heading" className={styles.panel}>
      <h2 id="affiliations-heading" className={styles.panelHeading}>
        Affiliations
      </h2>
      {memberships.length ? <AffiliationList id="memberships-heading" heading="Organisations" rows={memberships} /> : null}
      {members.length ? <AffiliationList id="members-heading" heading="People" rows={members} /> : null}
    </section>
  );
}
