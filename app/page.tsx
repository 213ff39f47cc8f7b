import { connection } from "next/server";
import { findLatestClaims } from "@/lib/claims/find-latest-claims";
import { db } from "@/lib/db/client";
import { ClaimCard } from "@/components/claim-card";

export default async function HomePage() {
  await connection();
  const claims = await findLatestClaims(db());
  return (
    <>
      <h1>Latest claims</h1>
      <ul className="claim-list" aria-label="Latest claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimCard claim={claim} />
          </li>
        ))}
      </ul>
    </>
  );
}
