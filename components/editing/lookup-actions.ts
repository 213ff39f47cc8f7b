"use server";

import { editorAction } from "@/lib/actions/action-client";
import { findClaimsByText } from "@/lib/claims/find-claims-by-text";
import { db } from "@/lib/db/client";
import { findEntitiesByName } from "@/lib/entities/find-entities-by-name";
import { findSourceByUrl } from "@/lib/sources/find-source-by-url";

// Look-ups behind the editors' pickers. Each is a public endpoint: the lib checks the role too.

export const lookupEntitiesAction = editorAction.call(({ actor }, query: string) => findEntitiesByName(db(), actor, query));

export const lookupClaimsAction = editorAction.call(({ actor }, query: string) => findClaimsByText(db(), actor, query));

export const lookupSourceAction = editorAction.call(({ actor }, address: string) => findSourceByUrl(db(), actor, address));
