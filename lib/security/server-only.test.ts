import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// `import "server-only"` makes `next build` fail when a module is pulled into a client
// bundle. Every module under lib/ that reaches the database (the client, the connection, a
// driver, the Prisma runtime, a transaction handed in) or reads the environment (where the
// secrets are) must say so; and no client component may import one, directly or through
// another module, with a value import (type imports vanish in the build; a server action's
// module is a boundary: the client gets references to its actions, not its code).

const root = path.resolve(import.meta.dirname, "../..");
const DATABASE_MODULES = new Set([
  "lib/db/client",
  "lib/db/connection",
  "lib/db/embedded",
  "lib/db/embedded-gate",
  "lib/db/migrate",
  "lib/env",
]);
const DRIVERS = /^(pg|@prisma\/adapter-pg|@electric-sql\/.+)$/;
const SERVER_ONLY = /^import "server-only";$/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name) ? [file] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) parsed.set(file, (source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)));
  return source;
}

/** The root-relative module an import names, without extension ("lib/db/client"), or the package. */
function moduleName(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (!specifier.startsWith(".")) return specifier;
  return path.relative(root, path.resolve(path.dirname(file), specifier));
}

/** The file a project import resolves to, or null for a package. */
function resolveFile(name: string): string | null {
  if (!/^(lib|app|components)\//.test(name)) return null;
  return [".ts", ".tsx", "/index.ts"].map((ending) => path.join(root, name + ending)).find((file) => existsSync(file)) ?? null;
}

/** Whether the build keeps this import: not `import type`, and not only `{ type A, type B }`. */
function isValueImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  const named = clause.namedBindings;
  return Boolean(clause.name) || !named || ts.isNamespaceImport(named) || named.elements.some((element) => !element.isTypeOnly);
}

function imports(source: ts.SourceFile): { name: string; value: boolean; typeOnlyClause: boolean }[] {
  return source.statements.flatMap((statement) => {
    if (
      !(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ||
      !statement.moduleSpecifier ||
      !ts.isStringLiteral(statement.moduleSpecifier)
    )
      return [];
    const typeOnlyClause = ts.isImportDeclaration(statement) ? Boolean(statement.importClause?.isTypeOnly) : statement.isTypeOnly;
    return [{ name: moduleName(source.fileName, statement.moduleSpecifier.text), value: isValueImport(statement), typeOnlyClause }];
  });
}

/** Why the module must be server-only, or null. */
function serverOnlyReason(source: ts.SourceFile): string | null {
  for (const { name, typeOnlyClause } of imports(source)) {
    if (DATABASE_MODULES.has(name) || DRIVERS.test(name)) return `imports ${name}`;
    if (name === "lib/db/generated/client" && !typeOnlyClause) return "uses the Prisma client's runtime";
  }
  let reason: string | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isParameter(node) && node.type && /\b(TransactionClient|PrismaClient)\b/.test(node.type.getText(source)))
      reason = "takes a database client";
    else if (ts.isPropertyAccessExpression(node) && node.expression.getText(source) === "process.env" && node.name.text !== "NODE_ENV")
      reason = "reads the environment";
    if (!reason) ts.forEachChild(node, visit);
  };
  visit(source);
  return reason;
}

describe('import "server-only"', () => {
  const libFiles = sourceFiles(path.join(root, "lib")).map(parse);
  const isServerOnly = (source: ts.SourceFile) => SERVER_ONLY.test(source.text);

  it("is in every module under lib/ that reaches the database or reads the environment", () => {
    const missing = libFiles.flatMap((source) => {
      const reason = serverOnlyReason(source);
      return reason && !isServerOnly(source) ? [`${path.relative(root, source.fileName)} (${reason})`] : [];
    });
    expect(libFiles.filter(isServerOnly).length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("is reached by no client component through value imports", () => {
    const clientFiles = ["app", "components"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .map(parse)
      .filter((source) => /^["']use client["']/.test(source.text));
    expect(clientFiles.length).toBeGreaterThan(5);
    const reached: string[] = [];
    for (const client of clientFiles) {
      const seen = new Set<string>();
      const walk = (source: ts.SourceFile, via: string[]) => {
        for (const { name, value } of imports(source)) {
          const file = value ? resolveFile(name) : null;
          if (!file || seen.has(file)) continue;
          seen.add(file);
          const imported = parse(file);
          const chain = [...via, path.relative(root, file)];
          if (isServerOnly(imported)) reached.push(chain.join(" → "));
          // A client gets references to server actions, not their code.
          else if (!/^["']use server["']/.test(imported.text)) walk(imported, chain);
        }
      };
      walk(client, [path.relative(root, client.fileName)]);
    }
    expect(reached).toEqual([]);
  });
});
