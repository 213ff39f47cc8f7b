import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditForm } from "@/components/editing/edit-form";
import { parseRecordId } from "@/lib/domain/record-id";
import styles from "@/components/editing/edit.module.css";
import { hasRole } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/request-actor";
import { formatTimestampUtc } from "@/lib/claims/claim-page-format";
import { db } from "@/lib/db/client";
import { isEditableType } from "@/lib/records/editable-records";
import { AppError } from "@/lib/errors";
import { findRevisionHistory, type RevisionEntry } from "@/lib/revisions/find-revision-history";
import { editClaimPath, editQuotePath } from "@/lib/routes";
import { restoreAction } from "./actions";
import history from "./history.module.css";

export const metadata: Metadata = { title: "History", robots: { index: false } };
export const dynamic = "force-dynamic";

const ACTIONS: Record<string, string> = { CREATE: "Created", UPDATE: "Edited", DEPRECATE: "Deprecated", RESTORE: "Restored" };
const EDIT_PATHS: Record<string, (record: { id: number }) => string> = { claim: editClaimPath, quote: editQuotePath };

interface HistoryProps {
  params: Promise<{ recordType: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export default async function HistoryPage({ params, searchParams }: HistoryProps) {
  const { recordType, id: segment } = await params;
  const id = parseRecordId(segment);
  if (id === null) notFound();
  const actor = await currentActor();
  let revisions: RevisionEntry[];
  try {
    revisions = await findRevisionHistory(db(), actor, { recordType, recordId: String(id) });
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "invalid_input")) notFound();
    throw error;
  }
  const latest = revisions.at(-1)!;
  const restorable = hasRole(actor, "EDITOR") && isEditableType(recordType);
  const label = recordType.replace("_", " ");
  const editPath = EDIT_PATHS[recordType];
  return (
    <div className={styles.page}>
      <h1>{`History of ${label} #${id}`}</h1>
      <p className={styles.meta}>
        {`${revisions.length} ${revisions.length === 1 ? "revision" : "revisions"}, newest first; each lists what it changed from the one before.`}
        {editPath && hasRole(actor, "EDITOR") ? (
          <>
            {" "}
            <Link href={editPath({ id })}>{`Edit this ${label}`}</Link>
          </>
        ) : null}
      </p>
      {(await searchParams).saved === "restored" ? (
        <p role="status" className={styles.success}>
          Restored, as a new revision.
        </p>
      ) : null}
      <ol className={history.revisions}>
        {revisions.toReversed().map((revision) => (
          <li key={revision.id} className={history.revision} data-testid="history-revision">
            <h2 className={history.heading}>
              {`Version ${revision.version} · ${ACTIONS[revision.action] ?? revision.action}`}
              <span
                className={history.when}
              >{` · ${formatTimestampUtc(revision.createdAt)} · by ${revision.author?.displayName ?? "the corpus loader"}`}</span>
            </h2>
            <p className={history.reason}>{revision.reason}</p>
            <Changes revision={revision} />
            {restorable && revision.id !== latest.id ? (
              <details className={history.restore}>
                <summary>Restore this version</summary>
                <EditForm
                  action={restoreAction.bind(null, revision.id)}
                  values={{ version: String(latest.version), recordType }}
                  label={`Restore version ${revision.version}`}
                  idPrefix={`restore-${revision.version}`}
                  submit={`Restore version ${revision.version}`}
                  reasonLabel="Why restore it"
                >
                  <input type="hidden" name="recordType" value={recordType} />
                </EditForm>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Changes({ revision }: { revision: RevisionEntry }) {
  if (revision.changes.length === 0) return <p className={styles.hint}>No field changed.</p>;
  return (
    <table className={styles.compare}>
      <caption className="sr-only">{`Changes in version ${revision.version}`}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {revision.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            <td>{shown(change.before)}</td>
            <td>{shown(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A snapshot value as text: strings as they are, a list one item a line, anything else as JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value))
    return value.length ? value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join("\n") : "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
