import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";

const connection = await openDatabase();
try {
  const applied = await migrate(connection.ownerUrl, (line) => console.log(line), connection.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} finally {
  await connection.close();
}
