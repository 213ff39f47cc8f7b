"use server";

import { redirect } from "next/navigation";
import { editorAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db/client";
import { numberOrText, readFormValues } from "@/lib/editing/form-values";
import { zId } from "@/lib/editing/schema-parts";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { historyPath } from "@/lib/routes";
import { editRefused, type EditFormState } from "@/components/editing/form-state";

/** Restores a revision; the lib checks the role and the version. */
export const restoreAction = editorAction.form({
  bind: [zId],
  run: async ({ ctx, form }, revisionId): Promise<EditFormState> => {
    const values = readFormValues(form);
    const restored = await restoreRevision(db(), ctx.actor, revisionId, {
      version: numberOrText(values.version)!,
      reason: values.reason ?? "",
    });
    redirect(`${historyPath(values.recordType ?? "", restored.id)}?saved=restored`);
  },
  refused: editRefused,
});
