import { searchPath } from "@/lib/routes";

export default function ClaimNotFound() {
  return (
    <section data-testid="claim-not-found">
      <h1>No claim at this address</h1>
      <p>There is no published claim with this number: it may never have existed, or it may still be a draft.</p>
      <p>
        <a href={searchPath()}>Search the claims</a>
      </p>
    </section>
  );
}
