import type { Metadata } from "next";
import { headers } from "next/headers";
import { EntityIndexView } from "@/components/entity/entity-index";
import { publicPageMetadata } from "@/lib/crawl/page-metadata";
import { publicOrigin } from "@/lib/http/public-origin";
import { entitiesPath } from "@/lib/routes";
import { parseEntitySearchParams } from "@/lib/search/entity-search-params";
import { searchEntities } from "@/lib/search/service";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({
    origin: publicOrigin(await headers()),
    path: entitiesPath(),
    title: "People, organisations and products",
    description: "Everyone and everything Claimtrail records claims by or about, with their names in every language.",
  });
}

/** Server-rendered from the entity index: a plain GET form and links, no script needed. */
export default async function EntitiesPage({ searchParams }: Props) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const item of Array.isArray(value) ? value : value ? [value] : []) params.append(key, item);
  const parsed = parseEntitySearchParams(params);
  if (!parsed.ok) return <EntityIndexView outcome={{ kind: "invalid", fields: parsed.fields }} />;
  const result = await searchEntities(parsed.query).catch((error: unknown) => {
    console.error("entities page: entity search failed", error);
    return null;
  });
  return <EntityIndexView outcome={result ? { kind: "results", query: parsed.query, result } : { kind: "unavailable" }} />;
}
