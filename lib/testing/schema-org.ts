import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import jsonld from "jsonld";
import ts from "typescript";

// Checks JSON-LD as its readers see it: jsonld (the JSON-LD processor) flattens a document into
// one node per @id, merging every mention of it, and each node's types and properties are
// looked up in schema.org's vocabulary as schema-dts publishes it (one TypeScript interface
// per type, `"@type": "Person"`, extending the interfaces of its supertypes).

const SCHEMA = "https://schema.org/";

// The processor may not fetch schema.org's context here; its @vocab is what maps our terms,
// so the document loader answers with just that. Nothing else may be loaded.
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, "") !== SCHEMA.replace(/\/$/, "")) throw new Error(`unexpected JSON-LD context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { "@context": { "@vocab": SCHEMA } } };
};

export type FlatNode = { "@id": string; "@type"?: string[] } & Record<string, unknown>;

/** The documents' nodes, one per @id (blank nodes get _: ids), as a JSON-LD processor merges them. */
export async function flattenJsonLd(...documents: object[]): Promise<Map<string, FlatNode>> {
  // Expanded one by one: a list of documents with @graph each would be read as named graphs.
  const expanded = (
    await Promise.all(
      documents.map((document) => jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)),
    )
  ).flat();
  const flat = (await jsonld.flatten(expanded as jsonld.JsonLdDocument, undefined, {
    documentLoader,
  } as jsonld.Options.Flatten)) as unknown as FlatNode[];
  return new Map(flat.map((node) => [node["@id"], node]));
}

interface Vocabulary {
  types: Map<string, string>;
  interfaces: Map<string, { extends: string[]; properties: Set<string> }>;
}

let vocabulary: Vocabulary | undefined;

function loadVocabulary(): Vocabulary {
  const file = path.join(path.dirname(createRequire(import.meta.url).resolve("schema-dts")), "schema.d.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const types = new Map<string, string>();
  const interfaces = new Map<string, { extends: string[]; properties: Set<string> }>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties = new Set<string>();
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isStringLiteral(member.name)) continue;
      if (member.name.text === "@type" && member.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) {
        types.set(member.type.literal.text, statement.name.text);
      } else {
        properties.add(member.name.text);
      }
    }
    const parents = statement.heritageClauses?.flatMap((clause) => clause.types.map((type) => type.expression.getText(source))) ?? [];
    interfaces.set(statement.name.text, { extends: parents, properties });
  }
  return { types, interfaces };
}

function propertiesOf(vocab: Vocabulary, interfaceName: string, into = new Set<string>()): Set<string> {
  const declared = vocab.interfaces.get(interfaceName);
  if (!declared) return into;
  for (const property of declared.properties) into.add(property);
  for (const parent of declared.extends) propertiesOf(vocab, parent, into);
  return into;
}

/** Whether schema.org has a type of this name. */
export function isSchemaOrgType(name: string): boolean {
  vocabulary ??= loadVocabulary();
  return vocabulary.types.has(name);
}

/** What schema.org would not accept in these nodes: unknown types, and properties their types do not have. */
export function schemaOrgProblems(nodes: Iterable<FlatNode>): string[] {
  vocabulary ??= loadVocabulary();
  const vocab = vocabulary;
  const problems: string[] = [];
  for (const node of nodes) {
    const types = (node["@type"] ?? []).map((type) => type.replace(SCHEMA, ""));
    const allowed = new Set<string>();
    for (const type of types) {
      const leaf = vocab.types.get(type);
      if (!leaf) problems.push(`${node["@id"]}: no schema.org type ${type}`);
      else propertiesOf(vocab, leaf, allowed);
    }
    if (!types.length) continue;
    for (const key of Object.keys(node)) {
      if (key.startsWith("@")) continue;
      const name = key.replace(SCHEMA, "");
      if (!key.startsWith(SCHEMA) || !allowed.has(name)) problems.push(`${node["@id"]}: ${types.join("/")} has no property ${name}`);
    }
  }
  return problems;
}
