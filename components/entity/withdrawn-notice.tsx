import { formatPartialDate, isoPartialDate } from "@/lib/domain/partial-date";
import styles from "./entity.module.css";

/** Withdrawn records keep their pages, so that links to them still explain themselves. */
export function WithdrawnNotice({ at }: { at: Date }) {
  return (
    <p className={styles.withdrawn} role="note">
      This record was withdrawn on <time dateTime={isoPartialDate(at, "DAY")}>{formatPartialDate(at, "DAY")}</time>; it is kept so that
      links to it still explain themselves.
    </p>
  );
}
