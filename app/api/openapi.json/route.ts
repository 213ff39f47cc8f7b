import { apiMethods } from "@/lib/api/methods";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

function getHandler() {
  return Response.json(buildOpenApiDocument());
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
