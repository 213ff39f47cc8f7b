import { serializeJsonLd } from "@/lib/json-ld/schema-nodes";

/** A page's schema.org data; serializeJsonLd keeps any value from closing the element. */
export function JsonLdScript({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
