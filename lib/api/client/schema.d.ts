// Generated from the OpenAPI document by `npm run api:client`; do not edit.

export interface paths {
    "/api/auth/get-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session and user, or null */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; the session cookie is set, and a session sent along is ended */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List citations in id order, a page at a time
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listCitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one citation, with its version
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["getCitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a citation's source, role, locator or words
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        patch: operations["updateCitation"];
        trace?: never;
    };
    "/api/citations/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate a citation (never deleted)
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["deprecateCitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims in id order, a page at a time
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Add a claim cited as a whole, such as a figure
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one claim, with its version
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a claim; publishing needs citations
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/api/claims/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate a claim: ranked DEPRECATED with the reason
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["deprecateClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that this claim walks back, retracts, clarifies, … another
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["linkClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List entities in id order, a page at a time
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listEntities"];
        put?: never;
        /**
         * Add a person, organisation or product
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one entity by id or slug, with its version
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an entity and its names
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        patch: operations["updateEntity"];
        trace?: never;
    };
    "/api/entities/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate an entity (never deleted)
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["deprecateEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the database and the search engine answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes in id order, a page at a time
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listQuotes"];
        put?: never;
        /**
         * Add a sourced quote (speaker, words, claim, citations); 409 duplicate lists possible duplicates
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one quote, with its version
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["getQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a quote's words, languages or translations
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        patch: operations["updateQuote"];
        trace?: never;
    };
    "/api/quotes/{id}/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a citation to an existing quote
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["addQuoteCitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate a quote (never deleted)
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["deprecateQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A record's revision history with field-level changes
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/revisions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a record to this revision, as a new revision
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["restoreRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search claims and quotes as you type, with filters and facets */
        get: operations["searchClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search people, organisations and products by every name and alias */
        get: operations["searchEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources in id order, a page at a time
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Add a source; a known address is a 409 naming the existing source
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one source, with its version
         * @description Open to anyone; drafts, and what belongs to them, only to editors.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a source's bibliographic fields
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/api/sources/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate a source (never deleted)
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["deprecateSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that this source republishes, translates, quotes or is derived from another
         * @description Needs the editor role (admins too). Cross-site browser requests are refused.
         */
        post: operations["linkSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/cite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published claim's citation as a file (BibLaTeX, BibTeX, RIS, CSL-JSON or JSON-LD) */
        get: operations["citeClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid_input" | "invalid_credentials" | "invalid_password" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "duplicate" | "unprocessable" | "rate_limited" | "no_source" | "internal" | "unavailable" | "search_unavailable";
                message: string;
                /** @description One message per invalid field, keyed by its dotted path. */
                fields?: {
                    [key: string]: string;
                };
                /** @description conflict: { current, changedFields }; duplicate: { candidates } or { existingId }. */
                details?: Record<string, never>;
            };
        };
        Entity: {
            id: number;
            slug: string;
            /** @enum {string} */
            kind: "PERSON" | "ORGANIZATION" | "PRODUCT";
            name: string;
            wikidataId: string | null;
            description: string | null;
            deprecatedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            names: {
                id: number;
                entityId: number;
                lang: string;
                value: string;
                /** @enum {string} */
                kind: "NAME" | "ALIAS";
            }[];
        };
        Source: {
            id: number;
            /** @enum {string} */
            type: "ARTICLE" | "PODCAST_EPISODE" | "INTERVIEW" | "BLOG_POST" | "SOCIAL_POST" | "EARNINGS_CALL" | "DATASET" | "VIDEO" | "REPORT" | "PRESS_RELEASE";
            title: string;
            containerTitle: string | null;
            publisherId: number | null;
            authors: Record<string, never>[];
            issued: string | null;
            issuedPrecision: ("YEAR" | "MONTH" | "DAY") | null;
            url: string | null;
            accessed: string | null;
            archiveUrl: string | null;
            archivedAt: string | null;
            lang: string;
            doi: string | null;
            deprecatedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Claim: {
            id: number;
            slug: string;
            speakerId: number;
            claimedAt: string | null;
            claimedAtPrecision: ("YEAR" | "MONTH" | "DAY") | null;
            /** @enum {string} */
            status: "UNSOURCED" | "ATTRIBUTED_WITHOUT_SOURCE" | "SOURCED_UNVERIFIED" | "VERIFIED_PRIMARY" | "DISPUTED" | "MISATTRIBUTED";
            /** @description Who really said it, when the claim is misattributed (null: unknown). */
            actualSpeakerId: number | null;
            misattributedById: number | null;
            misattributionEvidence: string | null;
            /** @enum {string} */
            rank: "PREFERRED" | "NORMAL" | "DEPRECATED";
            rankReason: string | null;
            verdict: ("TRUE" | "MOSTLY_TRUE" | "MIXED" | "MOSTLY_FALSE" | "FALSE" | "UNPROVEN") | null;
            verdictNote: string | null;
            /** @enum {string} */
            state: "DRAFT" | "PUBLISHED";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            statements: {
                id: number;
                claimId: number;
                lang: string;
                text: string;
            }[];
            coSpeakers: {
                claimId: number;
                entityId: number;
            }[];
            entities: {
                claimId: number;
                entityId: number;
            }[];
            tags: {
                claimId: number;
                tagId: number;
            }[];
        };
        Quote: {
            id: number;
            claimId: number;
            text: string;
            lang: string;
            spokenLang: string;
            deprecatedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            translations: {
                id: number;
                quoteId: number;
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                text: string;
                /** @description Who translated; leave out when the translation is taken from sourceId. */
                translator: string | null;
                sourceId: number | null;
                isOfficial: boolean;
            }[];
        };
        Citation: {
            id: number;
            quoteId: number | null;
            claimId: number | null;
            sourceId: number;
            /** @enum {string} */
            role: "PRIMARY" | "RELAY";
            /** @enum {string} */
            kind: "QUOTATION" | "FIGURE";
            measure: string | null;
            page: string | null;
            paragraph: number | null;
            startSeconds: number | null;
            endSeconds: number | null;
            exact: string;
            prefix: string | null;
            suffix: string | null;
            anchorStart: number | null;
            anchorEnd: number | null;
            anchorCloseness: number | null;
            version: number;
            deprecatedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ClaimRelation: {
            id: number;
            fromClaimId: number;
            toClaimId: number;
            /** @enum {string} */
            kind: "WALKS_BACK" | "RETRACTS" | "CLARIFIES" | "REPEATS" | "CONTRADICTS" | "SUPPORTS" | "PARAPHRASES";
            relatedAt: string | null;
            sourceId: number | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SourceRelation: {
            id: number;
            fromSourceId: number;
            toSourceId: number;
            /** @enum {string} */
            kind: "REPUBLISHES" | "TRANSLATES" | "QUOTES" | "DERIVED_FROM";
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EntityPage: {
            items: components["schemas"]["Entity"][];
            /** @description The `after` of the next page; null on the last page. */
            next: number | null;
        };
        SourcePage: {
            items: components["schemas"]["Source"][];
            /** @description The `after` of the next page; null on the last page. */
            next: number | null;
        };
        ClaimPage: {
            items: components["schemas"]["Claim"][];
            /** @description The `after` of the next page; null on the last page. */
            next: number | null;
        };
        QuotePage: {
            items: components["schemas"]["Quote"][];
            /** @description The `after` of the next page; null on the last page. */
            next: number | null;
        };
        CitationPage: {
            items: components["schemas"]["Citation"][];
            /** @description The `after` of the next page; null on the last page. */
            next: number | null;
        };
        /** @description The quote as saved, the claim it was added to, and its citations. */
        SourcedQuote: {
            quote: components["schemas"]["Quote"];
            claim: {
                id: number;
                slug: string;
                /** @enum {string} */
                state: "DRAFT" | "PUBLISHED";
                speakerId?: number;
                /** @description Whether this request created the claim. */
                createdNow: boolean;
            };
            citations: components["schemas"]["Citation"][];
        };
        /** @description The record the revision belongs to, as restored. */
        AnyRecord: components["schemas"]["Claim"] | components["schemas"]["Quote"] | components["schemas"]["Source"] | components["schemas"]["Entity"] | components["schemas"]["Citation"];
        RevisionHistory: {
            revisions: {
                id: number;
                version: number;
                action: string;
            }[];
        };
        SearchHit: {
            claimId: number;
            claimSlug: string;
            quoteId: number | null;
            text: string;
            lang: string;
            translations: {
                lang: string;
                text: string;
            }[];
            speaker: {
                slug: string;
                name: string;
            };
            source: {
                id: number;
                title: string;
            } | null;
            /** @description YYYY, YYYY-MM or YYYY-MM-DD, as precise as it is known. */
            claimedAt: string | null;
            /** @enum {string|null} */
            claimedAtPrecision: "YEAR" | "MONTH" | "DAY" | null;
            status: string;
            rank: string;
            statement: string | null;
            highlight: {
                text: {
                    value: string;
                    match: boolean;
                }[];
                translations: {
                    value: string;
                    match: boolean;
                }[][];
                statement: {
                    value: string;
                    match: boolean;
                }[];
            };
            matchedNames: {
                field: string;
                value: string;
                of?: string | null;
                segments: {
                    value: string;
                    match: boolean;
                }[];
            }[];
        };
        EntityHit: {
            slug: string;
            /** @enum {string} */
            kind: "PERSON" | "ORGANIZATION" | "PRODUCT";
            name: string;
            names: {
                lang: string;
                value: string;
            }[];
            /** @description One line: who or what this is. */
            description: string;
            claimCount: number;
            highlight: {
                name: {
                    value: string;
                    match: boolean;
                }[];
                aliases: {
                    value: string;
                    segments: {
                        value: string;
                        match: boolean;
                    }[];
                }[];
            };
        };
        EntityResult: {
            /** @description The query as parsed, defaults filled in. */
            query: Record<string, never>;
            total: number;
            page: number;
            perPage: number;
            hits: components["schemas"]["EntityHit"][];
            /** @description Matches per kind, counted without the kind filter. */
            kinds: {
                PERSON?: number;
                ORGANIZATION?: number;
                PRODUCT?: number;
            };
        };
        SearchResult: {
            /** @enum {string} */
            engine: "postgres" | "meilisearch";
            /** @description The query as parsed, defaults filled in. */
            query: Record<string, never>;
            /** @description Matching claims; an estimate ("about 36,000") when totalIsEstimate. */
            total: number;
            totalIsEstimate: boolean;
            page: number;
            perPage: number;
            hits: components["schemas"]["SearchHit"][];
            /** @description Per filter field, its values with counts; a filtered field is counted without its own filter. */
            facets: {
                speaker?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                org?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                entity?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                source?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                sourceType?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                publisher?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                lang?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                status?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                rank?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
                tag?: {
                    value: string;
                    label: string;
                    count: number;
                }[];
            };
            facetsAreEstimates: boolean;
            /** @description With suggest=n: up to n people, organisations and products matching q. */
            suggestions?: components["schemas"]["EntityHit"][];
            tookMs: number;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded" | "error";
            /** @enum {string} */
            database: "ok" | "unreachable";
            search?: {
                engine?: string;
                status?: string;
                lag?: Record<string, never>;
            };
        };
        SignIn: {
            /** Format: email */
            email: string;
            password: string;
            rememberMe?: boolean;
        };
        /** @description Better Auth's answer: the signed-in user (and session for get-session). */
        Session: Record<string, never>;
        /**
         * @example {
         *       "source": {
         *         "id": 1
         *       },
         *       "role": "RELAY",
         *       "paragraph": 3,
         *       "exact": "China is going to win the AI race",
         *       "reason": "Relayed by Bloomberg"
         *     }
         */
        AddCitation: {
            source: components["schemas"]["SourceRef"];
            /** @enum {string} */
            role: "PRIMARY" | "RELAY";
            /**
             * @default QUOTATION
             * @enum {string}
             */
            kind?: "QUOTATION" | "FIGURE";
            /** @description FIGURE only: what the value measures, such as "cumulative downloads on Hugging Face, October 2025". */
            measure?: string | null;
            page?: string | null;
            paragraph?: number | null;
            startSeconds?: number | null;
            /** @description Needs startSeconds, and must not be before it. */
            endSeconds?: number | null;
            /** @description The words exactly as the source shows them; for a FIGURE, the value as the source gives it. */
            exact: string;
            prefix?: string | null;
            suffix?: string | null;
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        } & (unknown & unknown);
        CitationInput: {
            source: components["schemas"]["SourceRef"];
            /** @enum {string} */
            role: "PRIMARY" | "RELAY";
            /**
             * @default QUOTATION
             * @enum {string}
             */
            kind?: "QUOTATION" | "FIGURE";
            /** @description FIGURE only: what the value measures, such as "cumulative downloads on Hugging Face, October 2025". */
            measure?: string | null;
            page?: string | null;
            paragraph?: number | null;
            startSeconds?: number | null;
            /** @description Needs startSeconds, and must not be before it. */
            endSeconds?: number | null;
            /** @description The words exactly as the source shows them; for a FIGURE, the value as the source gives it. */
            exact: string;
            prefix?: string | null;
            suffix?: string | null;
        } & (unknown & unknown);
        /**
         * @example {
         *       "speaker": {
         *         "slug": "jensen-huang"
         *       },
         *       "statements": [
         *         {
         *           "lang": "en",
         *           "text": "Nvidia's share of China's AI accelerator market fell to zero."
         *         }
         *       ],
         *       "claimedAt": "2025-10",
         *       "citations": [
         *         {
         *           "source": {
         *             "id": 1
         *           },
         *           "role": "PRIMARY",
         *           "exact": "our market share in China went from 95% to zero"
         *         }
         *       ]
         *     }
         */
        CreateClaim: {
            speaker: components["schemas"]["EntityRef"];
            /**
             * @description Readable part of the permalink; made from the English statement when left out.
             * @example jensen-huang
             */
            slug?: string;
            /** @description One statement per language. */
            statements: {
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                text: string;
            }[];
            /** @description When it was said: YYYY, YYYY-MM or YYYY-MM-DD. */
            claimedAt?: string | null;
            /**
             * @description Defaults to SOURCED_UNVERIFIED when cited, UNSOURCED otherwise.
             * @example SOURCED_UNVERIFIED
             * @enum {string}
             */
            status?: "UNSOURCED" | "ATTRIBUTED_WITHOUT_SOURCE" | "SOURCED_UNVERIFIED" | "VERIFIED_PRIMARY" | "DISPUTED" | "MISATTRIBUTED";
            misattributedBy?: components["schemas"]["EntityRef"] | null;
            misattributionEvidence?: string | null;
            /** @description MISATTRIBUTED only: who really said the words, when known. */
            actualSpeaker?: components["schemas"]["EntityRef"] | null;
            /**
             * @default NORMAL
             * @example NORMAL
             * @enum {string}
             */
            rank?: "PREFERRED" | "NORMAL";
            rankReason?: string | null;
            verdict?: ("TRUE" | "MOSTLY_TRUE" | "MIXED" | "MOSTLY_FALSE" | "FALSE" | "UNPROVEN") | null;
            verdictNote?: string | null;
            /**
             * @description Tag slugs; unknown tags are created.
             * @default []
             */
            tags?: string[];
            /**
             * @description Those who said it together with the speaker, such as an op-ed's co-authors.
             * @default []
             */
            coSpeakers?: components["schemas"]["EntityRef"][];
            /**
             * @description What the claim is about.
             * @default []
             */
            entities?: components["schemas"]["EntityRef"][];
            /**
             * @default PUBLISHED
             * @enum {string}
             */
            state?: "DRAFT" | "PUBLISHED";
            citations?: components["schemas"]["CitationInput"][];
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        } & (unknown & unknown & unknown);
        CreateEntity: {
            /** @example jensen-huang */
            slug?: string;
            /** @enum {string} */
            kind: "PERSON" | "ORGANIZATION" | "PRODUCT";
            /** @description Display name in English. */
            name: string;
            wikidataId?: string | null;
            description?: string | null;
            /**
             * @description Every name and alias, in every language; the English name is added as a NAME when missing.
             * @default []
             */
            names?: {
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                value: string;
                /**
                 * @default ALIAS
                 * @enum {string}
                 */
                kind?: "NAME" | "ALIAS";
            }[];
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        };
        CreateSource: {
            /** @enum {string} */
            type: "ARTICLE" | "PODCAST_EPISODE" | "INTERVIEW" | "BLOG_POST" | "SOCIAL_POST" | "EARNINGS_CALL" | "DATASET" | "VIDEO" | "REPORT" | "PRESS_RELEASE";
            title: string;
            /** @description The newspaper, podcast or blog the item appeared in. */
            containerTitle?: string | null;
            publisher?: components["schemas"]["EntityRef"] | null;
            /** @default [] */
            authors?: ({
                family: string;
                given?: string;
            } | {
                literal: string;
            })[];
            /** @description YYYY, YYYY-MM or YYYY-MM-DD: as precise as it is known. */
            issued?: string | null;
            url?: string | null;
            accessed?: string | null;
            archiveUrl?: string | null;
            archivedAt?: string | null;
            /**
             * @example en
             * @example zh-Hant
             */
            lang: string;
            doi?: string | null;
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        };
        /**
         * @example {
         *       "speaker": {
         *         "slug": "jensen-huang"
         *       },
         *       "quote": {
         *         "text": "China is going to win the AI race.",
         *         "lang": "en",
         *         "translations": [
         *           {
         *             "lang": "zh-Hant",
         *             "text": "中國將贏得人工智能競賽。",
         *             "translator": "Claimtrail"
         *           }
         *         ]
         *       },
         *       "claim": {
         *         "create": {
         *           "statements": [
         *             {
         *               "lang": "en",
         *               "text": "China will win the AI race."
         *             }
         *           ],
         *           "claimedAt": "2025-11"
         *         }
         *       },
         *       "citations": [
         *         {
         *           "source": {
         *             "id": 1
         *           },
         *           "role": "PRIMARY",
         *           "startSeconds": 754,
         *           "endSeconds": 760,
         *           "exact": "China is going to win the AI race"
         *         }
         *       ]
         *     }
         */
        CreateSourcedQuote: {
            /** @description Required with a new claim; with an existing claim it must be the claim's speaker. */
            speaker?: components["schemas"]["Speaker"];
            quote: {
                /** @description The words verbatim, in `lang`. */
                text: string;
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                /**
                 * @description The language the words were first said in; defaults to lang.
                 * @example en
                 * @example zh-Hant
                 */
                spokenLang?: string;
                /** @description No two translations with the same language and text. */
                translations?: ({
                    /**
                     * @example en
                     * @example zh-Hant
                     */
                    lang: string;
                    text: string;
                    /** @description Who translated; leave out when the translation is taken from sourceId. */
                    translator?: string | null;
                    sourceId?: number | null;
                    /** @default false */
                    isOfficial?: boolean;
                } | {
                    translator: unknown;
                } | {
                    sourceId: unknown;
                })[];
            };
            /**
             * @example {
             *       "id": 1
             *     }
             */
            claim: {
                id?: number;
                create?: components["schemas"]["NewClaim"];
            } & (unknown | unknown);
            citations?: components["schemas"]["CitationInput"][];
            /**
             * @description Save even though the same or a close quote exists (the 409 duplicate answer lists them).
             * @default false
             */
            confirmNotDuplicate?: boolean;
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        } & (unknown & unknown);
        Deprecate: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
        };
        /**
         * @example {
         *       "slug": "jensen-huang"
         *     }
         * @example {
         *       "id": 1
         *     }
         */
        EntityRef: {
            id?: number;
            /** @example jensen-huang */
            slug?: string;
        } & (unknown | unknown);
        /** @description This claim (from) walks back / retracts / … toClaimId. */
        LinkClaims: {
            toClaimId: number;
            /** @enum {string} */
            kind: "WALKS_BACK" | "RETRACTS" | "CLARIFIES" | "REPEATS" | "CONTRADICTS" | "SUPPORTS" | "PARAPHRASES";
            /** @description When the relation arose, such as the day of a walk-back. */
            relatedAt?: string | null;
            /** @description The source that shows the relation. */
            sourceId?: number | null;
            note?: string | null;
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        };
        /** @description This source (from) republishes / translates / quotes / is derived from toSourceId. */
        LinkSources: {
            toSourceId: number;
            /** @enum {string} */
            kind: "REPUBLISHES" | "TRANSLATES" | "QUOTES" | "DERIVED_FROM";
            note?: string | null;
            /** @description Why this change is made; kept in the revision history. */
            reason?: string;
        };
        NewClaim: {
            /**
             * @description Readable part of the permalink; made from the English statement when left out.
             * @example jensen-huang
             */
            slug?: string;
            /** @description One statement per language. */
            statements: {
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                text: string;
            }[];
            /** @description When it was said: YYYY, YYYY-MM or YYYY-MM-DD. */
            claimedAt?: string | null;
            /**
             * @description Defaults to SOURCED_UNVERIFIED when cited, UNSOURCED otherwise.
             * @example SOURCED_UNVERIFIED
             * @enum {string}
             */
            status?: "UNSOURCED" | "ATTRIBUTED_WITHOUT_SOURCE" | "SOURCED_UNVERIFIED" | "VERIFIED_PRIMARY" | "DISPUTED" | "MISATTRIBUTED";
            misattributedBy?: components["schemas"]["EntityRef"] | null;
            misattributionEvidence?: string | null;
            /** @description MISATTRIBUTED only: who really said the words, when known. */
            actualSpeaker?: components["schemas"]["EntityRef"] | null;
            /**
             * @default NORMAL
             * @example NORMAL
             * @enum {string}
             */
            rank?: "PREFERRED" | "NORMAL";
            rankReason?: string | null;
            verdict?: ("TRUE" | "MOSTLY_TRUE" | "MIXED" | "MOSTLY_FALSE" | "FALSE" | "UNPROVEN") | null;
            verdictNote?: string | null;
            /**
             * @description Tag slugs; unknown tags are created.
             * @default []
             */
            tags?: string[];
            /**
             * @description Those who said it together with the speaker, such as an op-ed's co-authors.
             * @default []
             */
            coSpeakers?: components["schemas"]["EntityRef"][];
            /**
             * @description What the claim is about.
             * @default []
             */
            entities?: components["schemas"]["EntityRef"][];
            /**
             * @default PUBLISHED
             * @enum {string}
             */
            state?: "DRAFT" | "PUBLISHED";
        } & (unknown & unknown);
        RestoreRevision: {
            /** @description The record's current version, as the editor saw it. */
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
        };
        /**
         * @example {
         *       "id": 1
         *     }
         */
        SourceRef: {
            id?: number;
            /** @example https://www.bloomberg.com/news/articles/2025-11-09/nvidia-huang */
            url?: string;
            create?: {
                /** @enum {string} */
                type: "ARTICLE" | "PODCAST_EPISODE" | "INTERVIEW" | "BLOG_POST" | "SOCIAL_POST" | "EARNINGS_CALL" | "DATASET" | "VIDEO" | "REPORT" | "PRESS_RELEASE";
                title: string;
                /** @description The newspaper, podcast or blog the item appeared in. */
                containerTitle?: string | null;
                publisher?: components["schemas"]["EntityRef"] | null;
                /** @default [] */
                authors?: ({
                    family: string;
                    given?: string;
                } | {
                    literal: string;
                })[];
                /** @description YYYY, YYYY-MM or YYYY-MM-DD: as precise as it is known. */
                issued?: string | null;
                url?: string | null;
                accessed?: string | null;
                archiveUrl?: string | null;
                archivedAt?: string | null;
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                doi?: string | null;
            };
        } & (unknown | (unknown | unknown));
        /**
         * @example {
         *       "slug": "jensen-huang"
         *     }
         */
        Speaker: {
            id?: number;
            /** @example jensen-huang */
            slug?: string;
            create?: {
                /** @example jensen-huang */
                slug?: string;
                /** @enum {string} */
                kind: "PERSON" | "ORGANIZATION" | "PRODUCT";
                /** @description Display name in English. */
                name: string;
                wikidataId?: string | null;
                description?: string | null;
                /**
                 * @description Every name and alias, in every language; the English name is added as a NAME when missing.
                 * @default []
                 */
                names?: {
                    /**
                     * @example en
                     * @example zh-Hant
                     */
                    lang: string;
                    value: string;
                    /**
                     * @default ALIAS
                     * @enum {string}
                     */
                    kind?: "NAME" | "ALIAS";
                }[];
            };
        } & (unknown | unknown | unknown);
        UpdateCitation: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
            sourceId?: number;
            /** @enum {string} */
            role?: "PRIMARY" | "RELAY";
            /** @enum {string} */
            kind?: "QUOTATION" | "FIGURE";
            /** @description FIGURE only: what the value measures, such as "cumulative downloads on Hugging Face, October 2025". */
            measure?: string | null;
            page?: string | null;
            paragraph?: number | null;
            startSeconds?: number | null;
            /** @description Needs startSeconds, and must not be before it. */
            endSeconds?: number | null;
            /** @description The words exactly as the source shows them; for a FIGURE, the value as the source gives it. */
            exact?: string;
            prefix?: string | null;
            suffix?: string | null;
        };
        UpdateClaim: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
            /** @example jensen-huang */
            slug?: string;
            speaker?: components["schemas"]["EntityRef"];
            /** @description Replaces every statement. */
            statements?: {
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                text: string;
            }[];
            /** @description When it was said: YYYY, YYYY-MM or YYYY-MM-DD. */
            claimedAt?: string | null;
            /**
             * @example SOURCED_UNVERIFIED
             * @enum {string}
             */
            status?: "UNSOURCED" | "ATTRIBUTED_WITHOUT_SOURCE" | "SOURCED_UNVERIFIED" | "VERIFIED_PRIMARY" | "DISPUTED" | "MISATTRIBUTED";
            misattributedBy?: components["schemas"]["EntityRef"] | null;
            misattributionEvidence?: string | null;
            /** @description MISATTRIBUTED only: who really said the words, when known. */
            actualSpeaker?: components["schemas"]["EntityRef"] | null;
            /**
             * @example NORMAL
             * @enum {string}
             */
            rank?: "PREFERRED" | "NORMAL";
            rankReason?: string | null;
            verdict?: ("TRUE" | "MOSTLY_TRUE" | "MIXED" | "MOSTLY_FALSE" | "FALSE" | "UNPROVEN") | null;
            verdictNote?: string | null;
            tags?: string[];
            /** @description Replaces every co-speaker. */
            coSpeakers?: components["schemas"]["EntityRef"][];
            entities?: components["schemas"]["EntityRef"][];
            /** @enum {string} */
            state?: "DRAFT" | "PUBLISHED";
        };
        UpdateEntity: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
            /** @example jensen-huang */
            slug?: string;
            /** @enum {string} */
            kind?: "PERSON" | "ORGANIZATION" | "PRODUCT";
            /** @description Display name in English. */
            name?: string;
            wikidataId?: string | null;
            description?: string | null;
            /** @description Replaces the whole list. */
            names?: {
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                value: string;
                /**
                 * @default ALIAS
                 * @enum {string}
                 */
                kind?: "NAME" | "ALIAS";
            }[];
        };
        UpdateQuote: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
            /** @description The words verbatim, in `lang`. */
            text?: string;
            /**
             * @example en
             * @example zh-Hant
             */
            lang?: string;
            /**
             * @example en
             * @example zh-Hant
             */
            spokenLang?: string;
            /** @description Replaces every translation. */
            translations?: ({
                /**
                 * @example en
                 * @example zh-Hant
                 */
                lang: string;
                text: string;
                /** @description Who translated; leave out when the translation is taken from sourceId. */
                translator?: string | null;
                sourceId?: number | null;
                /** @default false */
                isOfficial?: boolean;
            } | {
                translator: unknown;
            } | {
                sourceId: unknown;
            })[];
        };
        UpdateSource: {
            version: number;
            /** @description Why this change is made; kept in the revision history. */
            reason: string;
            /** @enum {string} */
            type?: "ARTICLE" | "PODCAST_EPISODE" | "INTERVIEW" | "BLOG_POST" | "SOCIAL_POST" | "EARNINGS_CALL" | "DATASET" | "VIDEO" | "REPORT" | "PRESS_RELEASE";
            title?: string;
            /** @description The newspaper, podcast or blog the item appeared in. */
            containerTitle?: string | null;
            publisher?: components["schemas"]["EntityRef"] | null;
            authors?: ({
                family: string;
                given?: string;
            } | {
                literal: string;
            })[];
            /** @description YYYY, YYYY-MM or YYYY-MM-DD: as precise as it is known. */
            issued?: string | null;
            url?: string | null;
            accessed?: string | null;
            archiveUrl?: string | null;
            archivedAt?: string | null;
            /**
             * @example en
             * @example zh-Hant
             */
            lang?: string;
            doi?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session, or null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"] | null;
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Signed in (Set-Cookie). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Wrong email or password (invalid_credentials). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCitations: {
        parameters: {
            query?: {
                /** @description The last id of the previous page (its `next`). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page: { items, next }, next being null on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitationPage"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Citation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCitation"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Citation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deprecateCitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Deprecate"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Citation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description The last id of the previous page (its `next`). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page: { items, next }, next being null on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaim"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClaim"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deprecateClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Deprecate"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linkClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkClaims"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimRelation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /** @description The last id of the previous page (its `next`). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page: { items, next }, next being null on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPage"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntity"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntity"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deprecateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Deprecate"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up; `degraded` when search is down. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database is unreachable (Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQuotes: {
        parameters: {
            query?: {
                /** @description The last id of the previous page (its `next`). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page: { items, next }, next being null on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotePage"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourcedQuote"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcedQuote"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuote"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addQuoteCitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCitation"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Citation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deprecateQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Deprecate"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query: {
                recordType: "entity" | "source" | "source_relation" | "claim" | "quote" | "citation" | "claim_relation";
                recordId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionHistory"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreRevision"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyRecord"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchClaims: {
        parameters: {
            query?: {
                q?: string;
                /** @description Filter: repeat the parameter for each value (OR within speaker, AND across fields). */
                speaker?: string[];
                /** @description Filter: repeat the parameter for each value (OR within org, AND across fields). */
                org?: string[];
                /** @description Filter: repeat the parameter for each value (OR within entity, AND across fields). */
                entity?: string[];
                /** @description Filter: repeat the parameter for each value (OR within source, AND across fields). */
                source?: string[];
                /** @description Filter: repeat the parameter for each value (OR within sourceType, AND across fields). */
                sourceType?: ("ARTICLE" | "PODCAST_EPISODE" | "INTERVIEW" | "BLOG_POST" | "SOCIAL_POST" | "EARNINGS_CALL" | "DATASET" | "VIDEO" | "REPORT" | "PRESS_RELEASE")[];
                /** @description Filter: repeat the parameter for each value (OR within publisher, AND across fields). */
                publisher?: string[];
                /** @description Filter: repeat the parameter for each value (OR within lang, AND across fields). */
                lang?: string[];
                /** @description Filter: repeat the parameter for each value (OR within status, AND across fields). */
                status?: ("UNSOURCED" | "ATTRIBUTED_WITHOUT_SOURCE" | "SOURCED_UNVERIFIED" | "VERIFIED_PRIMARY" | "DISPUTED" | "MISATTRIBUTED")[];
                /** @description Filter: repeat the parameter for each value (OR within rank, AND across fields). */
                rank?: ("PREFERRED" | "NORMAL" | "DEPRECATED")[];
                /** @description Filter: repeat the parameter for each value (OR within tag, AND across fields). */
                tag?: string[];
                from?: string;
                to?: string;
                sort?: "relevance" | "newest" | "oldest";
                page?: number;
                perPage?: number;
                suggest?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits with totals and facets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description An invalid parameter, named in error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Search is unavailable (search_unavailable); retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchEntities: {
        parameters: {
            query?: {
                q?: string;
                /** @description Filter: repeat the parameter for each value (OR within kind, AND across fields). */
                kind?: ("PERSON" | "ORGANIZATION" | "PRODUCT")[];
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities with counts per kind. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResult"];
                };
            };
            /** @description An invalid parameter, named in error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Search is unavailable (search_unavailable); retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description The last id of the previous page (its `next`). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page: { items, next }, next being null on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSource"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSource"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deprecateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Deprecate"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linkSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkSources"];
            };
        };
        responses: {
            /** @description The record as saved, with its new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceRelation"];
                };
            };
            /** @description Invalid JSON, or invalid fields (see error.fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor, or a cross-site request. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A version conflict (details.current, details.changedFields) or a duplicate. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change breaks a rule, such as publishing an uncited claim. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    citeClaim: {
        parameters: {
            query: {
                format: "bibtex" | "biblatex" | "ris" | "csl-json" | "json-ld";
            };
            header?: never;
            path: {
                /** @description The permalink's segment: the id, optionally with its slug. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-bibtex": string;
                    "application/x-research-info-systems": string;
                    "application/vnd.citationstyles.csl+json": Record<string, never>;
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Unknown format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No published claim with this id, or one that cites no source yet (no_source). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 500 internal, or 503 while the database or search engine is unavailable (see Retry-After). */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
