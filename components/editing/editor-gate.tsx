import { redirect } from "next/navigation";
import { hasRole, type Actor } from "@/lib/auth/actor";
import { signInPath } from "@/lib/auth/paths";
import { currentActor } from "@/lib/auth/request-actor";

/**
 * The editor reading an editing page, or null for a signed-in account without the role
 * (sent to sign in, it would come straight back). A reader is sent to sign in. Pages only
 * show or hide: every action checks the role again through the lib.
 */
export async function editorOfPage(path: string): Promise<NonNullable<Actor> | null> {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  return hasRole(actor, "EDITOR") ? actor : null;
}

export function NotForYou() {
  return (
    <p role="alert" data-testid="editors-only">
      This page is for editors.
    </p>
  );
}
