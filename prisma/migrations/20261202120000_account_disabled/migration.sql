-- An admin can disable an account: it cannot sign in or use its API tokens until enabled again.
ALTER TABLE "users" ADD COLUMN "disabled_at" TIMESTAMPTZ(3);
