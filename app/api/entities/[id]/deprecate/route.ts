import { deprecateRoute } from "@/lib/api/deprecate-route";

export const dynamic = "force-dynamic";

export const POST = deprecateRoute("entity");
