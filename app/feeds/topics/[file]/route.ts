import { feedFileRoute } from "@/lib/feeds/feed-response";

/** /feeds/topics/<slug>.atom: the claims on one topic. */
export const GET = feedFileRoute("topic");
