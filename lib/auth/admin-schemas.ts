import { z } from "zod";
import { UserRole } from "../db/generated/enums";
import { zId } from "../editing/schema-parts";

// What the admin forms send, parsed the same way by the forms' actions and by lib/auth.

export const ZChangeRole = z.strictObject({ userId: zId, role: z.enum(UserRole, { error: "Unknown role." }) });
export type TChangeRole = z.input<typeof ZChangeRole>;

export const ZCreateInvite = z.strictObject({ email: z.string(), role: z.enum(["EDITOR", "ADMIN"], { error: "Invite an editor or an admin." }) });
export type TCreateInvite = z.input<typeof ZCreateInvite>;
