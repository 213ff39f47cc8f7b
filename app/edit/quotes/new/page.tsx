import type { Metadata } from "next";
import { NEW_QUOTE_PATH } from "@/lib/routes";
import styles from "@/components/editing/edit.module.css";
import { editorOfPage, NotForYou } from "@/components/editing/editor-gate";
import { NewQuoteForm } from "./new-quote-form";

export const metadata: Metadata = { title: "Add a quote", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewQuotePage() {
  const editor = await editorOfPage(NEW_QUOTE_PATH);
  return (
    <div className={styles.page}>
      <h1>Add a quote</h1>
      {editor ? (
        <>
          <p className={styles.intro}>
            Who said it, their words as first published, the claim they support, and where they were said. A quote is published only with a
            citation; without one it is kept as a draft that only editors see.
          </p>
          <NewQuoteForm />
        </>
      ) : (
        <NotForYou />
      )}
    </div>
  );
}
