import { deprecateRoute } from "@/lib/api/deprecate-route";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = deprecateRoute("citation");

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ POST: postHandler });
