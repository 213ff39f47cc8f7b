import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { loadQuoteEditForm } from "@/lib/quotes/quote-edit-form";
import { editClaimPath, editQuotePath, historyPath } from "@/lib/routes";
import { deprecateAction } from "@/components/editing/deprecate-action";
import { DeprecateForm } from "@/components/editing/deprecate-form";
import { EditForm } from "@/components/editing/edit-form";
import { editorOfPage, NotForYou } from "@/components/editing/editor-gate";
import { parseRecordId } from "@/lib/domain/record-id";
import { SavedNotice } from "@/components/editing/saved-notice";
import styles from "@/components/editing/edit.module.css";
import { updateQuoteAction } from "./actions";
import { QuoteFields } from "./quote-fields";

export const metadata: Metadata = { title: "Edit quote", robots: { index: false } };
export const dynamic = "force-dynamic";

interface EditQuoteProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export default async function EditQuotePage({ params, searchParams }: EditQuoteProps) {
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  const editor = await editorOfPage(editQuotePath({ id }));
  if (!editor) return <NotForYou />;
  const form = await loadQuoteEditForm(db(), editor, id);
  if (!form) notFound();
  const { quote, claim, values } = form;
  const version = Number(values.version);
  return (
    <div className={styles.page}>
      <h1>{`Edit quote #${quote.id}`}</h1>
      <p className={styles.meta}>
        {`Version ${version}${quote.deprecated ? " · deprecated" : ""} · supports `}
        <Link href={editClaimPath(claim)}>{`claim #${claim.id}: ${claim.statement}`}</Link>
        {" · "}
        <Link href={historyPath("quote", quote.id)}>History</Link>
      </p>
      <SavedNotice saved={(await searchParams).saved} />
      <EditForm
        key={version}
        action={updateQuoteAction.bind(null, quote.id)}
        values={values}
        label="Edit quote"
        idPrefix="quote"
        submit="Save changes"
      >
        <QuoteFields />
      </EditForm>
      {quote.deprecated ? null : (
        <div className={styles.sideForms}>
          <section className={styles.section} aria-labelledby="deprecate-heading">
            <h2 id="deprecate-heading">Deprecate</h2>
            <p className={styles.hint}>
              The quote and its history are kept; it is no longer shown as current. A restore from its history brings it back.
            </p>
            <DeprecateForm key={version} action={deprecateAction.bind(null, "quote", quote.id)} version={version} what="quote" />
          </section>
        </div>
      )}
    </div>
  );
}
