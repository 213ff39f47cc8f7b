import { LANGUAGE_LABELS, labelFor } from "@/lib/domain/labels";
import type { EntityNameRow } from "@/lib/entities/find-entity-page";
import styles from "./entity.module.css";

/** Every name and alias, under its language; each in its own `lang` so it is read and drawn right. */
export function EntityNames({ names }: { names: EntityNameRow[] }) {
  const byLang = new Map<string, EntityNameRow[]>();
  for (const name of names) byLang.set(name.lang, [...(byLang.get(name.lang) ?? []), name]);
  return (
    <section aria-labelledby="names-heading" className={styles.panel}>
      <h2 id="names-heading" className={styles.panelHeading}>
        Names
      </h2>
      <dl className={styles.names}>
        {[...byLang].map(([lang, rows]) => (
          <div key={lang} className={styles.nameRow}>
            <dt>{labelFor(LANGUAGE_LABELS, lang)}</dt>
            {rows.map((row) => (
              <dd key={row.value} className={styles.name} data-kind={row.kind}>
                <span lang={row.lang} className={styles.nameValue}>
                  {row.value}
                </span>{" "}
                <span className={styles.nameKind}>{row.kind === "NAME" ? "name" : "alias"}</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
