import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { headers } from "next/headers";
import { EntityPageView } from "@/components/entity/entity-page";
import { JsonLdScript } from "@/components/json-ld-script";
import { publicPageMetadata, speakerFeed } from "@/lib/crawl/page-metadata";
import { db } from "@/lib/db/client";
import { describeEntity } from "@/lib/entities/describe-entity";
import { publicOrigin } from "@/lib/http/public-origin";
import { entityJsonLd } from "@/lib/json-ld/entity-json-ld";
import { loadEntityPage } from "@/lib/entities/load-entity-page";
import { entityPath } from "@/lib/routes";
import { searchClaims } from "@/lib/search/service";

interface Props {
  params: Promise<{ slug: string }>;
}

// Metadata and page ask for the same entity: one database round per request.
const load = cache((slug: string) => loadEntityPage(db(), slug, searchClaims));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).slug);
  if (!data) return { title: "Not found" };
  const { entity } = data;
  return publicPageMetadata({
    origin: publicOrigin(await headers()),
    path: entityPath(entity),
    title: entity.name,
    description: describeEntity(entity),
    type: entity.kind === "PERSON" ? "profile" : "website",
    contentLanguages: entity.names.map((name) => name.lang),
    feeds: [speakerFeed(entity)],
  });
}

export default async function EntityPage({ params }: Props) {
  const data = await load((await params).slug);
  if (!data) notFound();
  return (
    <>
      <JsonLdScript data={entityJsonLd(data.entity, publicOrigin(await headers()))} />
      <EntityPageView {...data} />
    </>
  );
}
