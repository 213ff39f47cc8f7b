import { readFileSync } from "node:fs";
import path from "node:path";
import { getDMMF } from "@prisma/internals";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database";

// The migrations are hand-written SQL; this proves they build what schema.prisma describes,
// so the two cannot drift apart unnoticed.

const SCALAR_TO_PG: Record<string, string[]> = {
  String: ["text", "character varying"],
  Int: ["integer"],
  BigInt: ["bigint"],
  Boolean: ["boolean"],
  DateTime: ["timestamp with time zone", "timestamp without time zone", "date"],
  Json: ["jsonb"],
  Float: ["double precision"],
};

const ARRAY_ELEMENT: Record<string, string> = { text: "text", integer: "int4", bigint: "int8", boolean: "bool", jsonb: "jsonb" };

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
}

describe("migrated database matches schema.prisma", async () => {
  const { db } = useTestDatabase();
  const datamodel = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const dmmf = await getDMMF({ datamodel });

  it("has every model's table, and every field's column with a compatible type and nullability", async () => {
    const columns = await db.$queryRawUnsafe<Column[]>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const byKey = new Map(columns.map((column) => [`${column.table_name}.${column.column_name}`, column]));
    const problems: string[] = [];
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      for (const field of model.fields) {
        if (field.kind === "object") continue;
        const column = byKey.get(`${table}.${field.dbName ?? field.name}`);
        if (!column) {
          problems.push(`${model.name}.${field.name}: no column ${table}.${field.dbName ?? field.name}`);
          continue;
        }
        const elementType = field.isList ? column.udt_name.replace(/^_/, "") : column.data_type;
        const compatible = field.isList
          ? column.data_type === "ARRAY" && SCALAR_TO_PG[field.type]?.some((type) => ARRAY_ELEMENT[type] === elementType)
          : field.kind === "enum"
            ? column.data_type === "USER-DEFINED" && column.udt_name === field.type
            : SCALAR_TO_PG[field.type]?.includes(column.data_type);
        if (!compatible) problems.push(`${model.name}.${field.name}: ${field.type} stored as ${column.data_type}`);
        if (field.isRequired !== (column.is_nullable === "NO")) problems.push(`${model.name}.${field.name}: nullability differs`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every enum with the same values", async () => {
    const rows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    const actual: Record<string, string[]> = {};
    for (const row of rows) (actual[row.name] ??= []).push(row.value);
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has no table that schema.prisma does not know", async () => {
    const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const known = new Set(dmmf.datamodel.models.map((model) => model.dbName ?? model.name));
    expect(rows.map((row) => row.tablename).filter((name) => name !== "_prisma_migrations" && !known.has(name))).toEqual([]);
  });
});
