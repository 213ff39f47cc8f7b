import { searchPath } from "@/lib/routes";
import styles from "./entity.module.css";

/** The 404 of entity and source pages: says what is missing and where to look instead. */
export function NotFoundNotice({ what }: { what: string }) {
  return (
    <div className={styles.header}>
      <p className={styles.kind}>Not found</p>
      <h1 className={styles.title}>Nothing here</h1>
      <p className={styles.description}>{what}</p>
      <p className={styles.wikidata}>
        <a href={searchPath()}>Search the claims</a>
      </p>
    </div>
  );
}
