import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { authRouteHandler } from "@/lib/auth/route-handler";

export const dynamic = "force-dynamic";

// Better Auth's handler behind our allowlist and error shape (lib/auth/route-handler.ts).
export const { GET, POST } = toNextJsHandler(authRouteHandler(getAuth));
