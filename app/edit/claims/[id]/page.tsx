import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadClaimEditForm } from "@/lib/claims/claim-edit-form";
import { db } from "@/lib/db/client";
import { claimPath, editClaimPath, editQuotePath, historyPath } from "@/lib/routes";
import { deprecateAction } from "@/components/editing/deprecate-action";
import { DeprecateForm } from "@/components/editing/deprecate-form";
import { EditForm } from "@/components/editing/edit-form";
import { editorOfPage, NotForYou } from "@/components/editing/editor-gate";
import { parseRecordId } from "@/lib/domain/record-id";
import { SavedNotice } from "@/components/editing/saved-notice";
import styles from "@/components/editing/edit.module.css";
import { linkClaimAction, updateClaimAction } from "./actions";
import { ClaimFields } from "./claim-fields";
import { LinkFields } from "./link-fields";

export const metadata: Metadata = { title: "Edit claim", robots: { index: false } };
export const dynamic = "force-dynamic";

interface EditClaimProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export default async function EditClaimPage({ params, searchParams }: EditClaimProps) {
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  const editor = await editorOfPage(editClaimPath({ id }));
  if (!editor) return <NotForYou />;
  const form = await loadClaimEditForm(db(), editor, id);
  if (!form) notFound();
  const { claim, quotes, values } = form;
  const version = Number(values.version);
  return (
    <div className={styles.page}>
      <h1>{`Edit claim #${claim.id}`}</h1>
      <p className={styles.meta}>
        {`${claim.speaker.name} · version ${version} · ${claim.state === "DRAFT" ? "draft" : "published"}${claim.rank === "DEPRECATED" ? " · deprecated" : ""} · `}
        {claim.state === "PUBLISHED" ? <Link href={claimPath(claim)}>Open the claim page</Link> : null}
        {claim.state === "PUBLISHED" ? " · " : null}
        <Link href={historyPath("claim", claim.id)}>History</Link>
      </p>
      <SavedNotice saved={(await searchParams).saved} />
      {/* A new version is a new form: what it shows is what is saved. */}
      <EditForm
        key={version}
        action={updateClaimAction.bind(null, claim.id)}
        values={values}
        label="Edit claim"
        idPrefix="claim"
        submit="Save changes"
      >
        <ClaimFields />
      </EditForm>
      <div className={styles.sideForms}>
        <section className={styles.section} aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">Quotes</h2>
          {quotes.length ? (
            <ul className={styles.list}>
              {quotes.map((quote) => (
                <li key={quote.id}>
                  <span lang={quote.lang}>{quote.text}</span> <Link href={editQuotePath(quote)}>{`Edit quote #${quote.id}`}</Link>
                  {quote.deprecated ? " (deprecated)" : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.hint}>This claim has no quotes: it is cited as a whole.</p>
          )}
        </section>
        <section className={styles.section} aria-labelledby="link-heading">
          <h2 id="link-heading">Relate to another claim</h2>
          <EditForm
            action={linkClaimAction.bind(null, claim.id)}
            values={{}}
            label="Relate to another claim"
            idPrefix="link"
            submit="Add the relation"
            reasonOptional
          >
            <LinkFields />
          </EditForm>
        </section>
        {claim.rank === "DEPRECATED" ? null : (
          <section className={styles.section} aria-labelledby="deprecate-heading">
            <h2 id="deprecate-heading">Deprecate</h2>
            <p className={styles.hint}>
              The claim stays readable and findable, ranked deprecated with your reason. A restore from its history brings it back.
            </p>
            <DeprecateForm key={version} action={deprecateAction.bind(null, "claim", claim.id)} version={version} what="claim" />
          </section>
        )}
      </div>
    </div>
  );
}
