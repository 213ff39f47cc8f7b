-- Search documents now carry each statement with its language (a card shows the one in the
-- reader's language): every claim is announced, so the worker rewrites its documents in
-- whichever engine the app uses.
INSERT INTO "search_outbox" ("record_type", "record_id") SELECT 'claim', "id" FROM "claims";
