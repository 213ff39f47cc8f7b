import type { Prisma } from "../db/generated/client";

/** A row as JSON sees it: dates become ISO strings, as in any JSON export of the row. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends Prisma.JsonValue
    ? T
    : T extends (infer U)[]
      ? Jsonified<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonified<T[K]> }
        : T;

/** Snapshots are stored and compared as JSON, so they are built the same way everywhere. */
export function toJson<T>(row: T): Jsonified<T> {
  return JSON.parse(JSON.stringify(row)) as Jsonified<T>;
}

/** Back from a snapshot's ISO string to the column's Date. */
export function fromIso(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}
