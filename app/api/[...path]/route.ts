import { apiError } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

// Any /api/* path no route claims: a JSON 404, not the HTML not-found page.
const notFound = () => apiError(404, "not_found", "No such endpoint.");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
