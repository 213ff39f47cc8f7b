import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { headers } from "next/headers";
import { JsonLdScript } from "@/components/json-ld-script";
import { SourcePageView } from "@/components/source/source-page";
import { publicPageMetadata } from "@/lib/crawl/page-metadata";
import { publicOrigin } from "@/lib/http/public-origin";
import { sourceJsonLd } from "@/lib/json-ld/source-json-ld";
import { db } from "@/lib/db/client";
import { describeSource } from "@/lib/sources/describe-source";
import { findSourcePage, sourceIdFromSegment } from "@/lib/sources/find-source-page";
import { descriptiveTitle } from "@/lib/sources/labels";
import { sourcePath } from "@/lib/routes";

interface Props {
  params: Promise<{ id: string }>;
}

// Metadata and page ask for the same source: one database round per request.
const load = cache(async (segment: string) => {
  const id = sourceIdFromSegment(segment);
  return id === null ? null : findSourcePage(db(), id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).id);
  if (!source) return { title: "Not found" };
  return publicPageMetadata({
    origin: publicOrigin(await headers()),
    path: sourcePath(source),
    title: descriptiveTitle(source.title) ?? source.title,
    description: describeSource(source),
    type: "article",
    contentLanguages: [source.lang],
  });
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).id);
  if (!source) notFound();
  return (
    <>
      <JsonLdScript data={sourceJsonLd(source, publicOrigin(await headers()))} />
      <SourcePageView source={source} />
    </>
  );
}
