import type { CreatableKind } from "./record-kind";
import type { EditSession } from "./transaction";

/**
 * The one path by which a record is added: the kind writes its columns from `state`, and the
 * session gives it its first revision and its search index update, in the session's transaction.
 */
export async function createRecord<S extends { id: number }, C>(session: EditSession, kind: CreatableKind<S, C>, state: C): Promise<S> {
  return session.created(kind, await kind.insert(session.tx, state));
}
