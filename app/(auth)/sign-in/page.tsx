import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/paths";
import { currentActor } from "@/lib/auth/request-actor";
import styles from "../forms.module.css";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

interface SignInPageProps {
  searchParams: Promise<{ next?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <section className={styles.panel}>
      <h1>Sign in</h1>
      <p className={styles.hint}>For editors and admins. Reading Claimtrail needs no account; accounts are created by invitation.</p>
      <SignInForm next={next} />
    </section>
  );
}
