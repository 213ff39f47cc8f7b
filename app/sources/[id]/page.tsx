import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourcePageView } from "@/components/source/source-page";
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
  return { title: descriptiveTitle(source.title) ?? source.title, description: describeSource(source), alternates: { canonical: sourcePath(source) } };
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).id);
  if (!source) notFound();
  return <SourcePageView source={source} />;
}
