"use server";

import { currentActor } from "@/lib/auth/request-actor";
import { findClaimsByText, type ClaimOption } from "@/lib/claims/find-claims-by-text";
import { db } from "@/lib/db/client";
import { findEntitiesByName, type EntityOption } from "@/lib/entities/find-entities-by-name";
import { findSourceByUrl, type SourceLookup } from "@/lib/sources/find-source-by-url";

// Look-ups behind the editors' pickers. Each is a public endpoint: the lib checks the role.

export async function lookupEntitiesAction(query: string): Promise<EntityOption[]> {
  return findEntitiesByName(db(), await currentActor(), query);
}

export async function lookupClaimsAction(query: string): Promise<ClaimOption[]> {
  return findClaimsByText(db(), await currentActor(), query);
}

export async function lookupSourceAction(address: string): Promise<SourceLookup> {
  return findSourceByUrl(db(), await currentActor(), address);
}
