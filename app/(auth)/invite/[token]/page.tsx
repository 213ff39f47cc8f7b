import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { findUsableInvite } from "@/lib/auth/invites";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { PASSWORD_POLICY } from "@/lib/auth/policy";
import { roleLabel } from "@/lib/auth/roles";
import styles from "../../forms.module.css";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Accept invitation", robots: { index: false }, referrer: "no-referrer" };

interface InvitePageProps {
  params: Promise<{ token: string }>;
}

export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  const invite = await findUsableInvite(db(), token);
  if (!invite) {
    return (
      <section className={styles.panel}>
        <h1>Invitation not valid</h1>
        <p>This invite link was already used, was revoked, or has expired. Ask an admin for a new one.</p>
        <p>
          Already have an account? <a href={SIGN_IN_PATH}>Sign in</a>.
        </p>
      </section>
    );
  }
  return (
    <section className={styles.panel}>
      <h1>Create your account</h1>
      <p>
        You are invited to join Claimtrail as {roleLabel(invite.role)}, with the email <strong>{invite.email}</strong>.
      </p>
      <AcceptInviteForm token={token} minLength={PASSWORD_POLICY.minLength} />
    </section>
  );
}
