import { feedFileRoute } from "@/lib/feeds/feed-response";

/** /feeds/speakers/<slug>.atom: the claims a speaker made, as their page lists them. */
export const GET = feedFileRoute("speaker");
