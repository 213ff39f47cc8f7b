import { z } from "zod";
import { UserRole } from "../db/generated/enums";
import { zFormId } from "../domain/record-id";

// What the admin forms send, parsed the same way by the forms' actions and by lib/auth.

export const ZChangeRole = z.object({ userId: zFormId, role: z.enum(UserRole, { error: "Unknown role." }) });
export type TChangeRole = z.input<typeof ZChangeRole>;

export const ZCreateInvite = z.object({
  email: z.string({ error: "Enter an email address." }),
  role: z.enum(["EDITOR", "ADMIN"], { error: "Invite an editor or an admin." }),
});
export type TCreateInvite = z.input<typeof ZCreateInvite>;

export const ZSetAccountDisabled = z.object({
  userId: zFormId,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const ZCreateApiToken = z.object({ userId: zFormId, name: z.string().default("") });

export const ZInviteRef = z.object({ inviteId: zFormId });

export const ZTokenRef = z.object({ tokenId: zFormId });
