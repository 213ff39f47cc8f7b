import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EntityPageView } from "@/components/entity/entity-page";
import { db } from "@/lib/db/client";
import { describeEntity } from "@/lib/entities/describe-entity";
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
  return { title: data.entity.name, description: describeEntity(data.entity), alternates: { canonical: entityPath(data.entity) } };
}

export default async function EntityPage({ params }: Props) {
  const data = await load((await params).slug);
  if (!data) notFound();
  return <EntityPageView {...data} />;
}
