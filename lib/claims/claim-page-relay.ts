// The relay chain of a claim: from where the words were first published, through every outlet
// that passed them on, to the sources Claimtrail cites. Source relations are recorded between
// whole works ("Bloomberg's column quotes the FT"), not passages, so a relation alone does
// not prove that a claim travelled along it. A hop is therefore in the chain when:
// - the claim cites it (as primary or as relay);
// - it lies on a relation path from a cited relay back to another cited source (the article
//   → 觀察者網 → Bloomberg → the FT, when the article and the FT are both cited);
// - it republishes a hop in full (a republication carries every claim of its original);
// - it is the speaker's own outlet, inferred: only when no cited source is upstream of a relay.
//   A source the speaker wrote or published is taken unless its date contradicts the claim's;
//   one published by an organisation the speaker belongs to only when its date fits the claim.
//   Either way exactly one must be nearest upstream. That hop is marked as not cited.
// When no origin is found, the chain starts at the relay and names the outlets it relays, so
// that the page can say which hop lacks a record of where the words came from.

import type { DatePrecision } from "../domain/partial-date";

export type RelationKind = "REPUBLISHES" | "TRANSLATES" | "QUOTES" | "DERIVED_FROM";
export interface RelayEdge {
  fromSourceId: number;
  toSourceId: number;
  kind: RelationKind;
}

export interface RelaySource {
  id: number;
  publisherId: number | null;
  /** Authors' full names, lower case ("eric schmidt"); for an interview, CSL's author is the interviewee. */
  authorNames: string[];
  issued: Date | null;
  issuedPrecision: DatePrecision | null;
}

export interface RelayHop {
  sourceId: number;
  /** How the claim cites this source, if it does. */
  citedAs: "PRIMARY" | "RELAY" | null;
  /** An origin found through the speaker's outlets rather than a citation. */
  inferred: boolean;
  /** How this hop passed on the previous one (empty for the first hop). */
  relationKinds: RelationKind[];
  /** First hop only, when its origin is not found: the sources it relays, none of them known to carry these words. */
  unresolvedUpstream: number[];
}

export interface RelayChainInput {
  citations: { sourceId: number; role: "PRIMARY" | "RELAY" }[];
  edges: RelayEdge[];
  sources: Map<number, RelaySource>;
  /** The speaker and any co-speakers, as publishers. */
  speakerIds: Set<number>;
  /** Their names and aliases, lower case, to recognise what they wrote. */
  speakerNames: Set<string>;
  /** Organisations the speakers belong to, as publishers. */
  speakerOutletIds: Set<number>;
  claimedAt: Date | null;
  claimedAtPrecision: DatePrecision | null;
}

/** How far upstream a chain is followed. */
export const MAX_RELAY_DEPTH = 6;

const PRECISION_ORDER: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** Whether two dates can be the same day, each known only to its own precision. */
export function datesCompatible(
  a: Date | null,
  aPrecision: DatePrecision | null,
  b: Date | null,
  bPrecision: DatePrecision | null,
): boolean {
  if (!a || !b || !aPrecision || !bPrecision) return false;
  const precision = Math.min(PRECISION_ORDER[aPrecision], PRECISION_ORDER[bPrecision]);
  const length = [4, 7, 10][precision];
  return a.toISOString().slice(0, length) === b.toISOString().slice(0, length);
}

type Path = number[];

/** Shortest paths upstream (from → to) from `start`, keyed by the source they reach. */
function upstreamPaths(start: number, edges: RelayEdge[]): Map<number, Path> {
  const paths = new Map<number, Path>([[start, [start]]]);
  let frontier = [start];
  for (let depth = 0; depth < MAX_RELAY_DEPTH && frontier.length; depth++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const edge of edges) {
        if (edge.fromSourceId !== id || paths.has(edge.toSourceId)) continue;
        paths.set(edge.toSourceId, [...paths.get(id)!, edge.toSourceId]);
        next.push(edge.toSourceId);
      }
    }
    frontier = next;
  }
  return paths;
}

/** Paths from one cited relay to the cited sources upstream of it, or to the inferred origin. */
function pathsFromRelay(
  relay: number,
  input: RelayChainInput,
  cited: Map<number, "PRIMARY" | "RELAY">,
): { paths: Path[]; inferredOrigin: number | null } {
  const reached = upstreamPaths(relay, input.edges);
  reached.delete(relay);
  const toCited = [...reached.entries()].filter(([id]) => cited.has(id)).map(([, path]) => path);
  if (toCited.length) return { paths: toCited, inferredOrigin: null };

  const entries = [...reached.entries()];
  const own = entries.filter(([id]) => isOwnSource(input.sources.get(id), input));
  const ofOrganisation = entries.filter(([id]) => {
    const source = input.sources.get(id);
    return (
      source?.publisherId != null &&
      input.speakerOutletIds.has(source.publisherId) &&
      datesCompatible(input.claimedAt, input.claimedAtPrecision, source.issued, source.issuedPrecision)
    );
  });
  const origin = nearestSingle(own) ?? (own.length ? null : nearestSingle(ofOrganisation));
  if (!origin) return { paths: [[relay]], inferredOrigin: null };
  return { paths: [origin[1]], inferredOrigin: origin[0] };
}

/** Written or published by the speaker, at a date that does not contradict the claim's. */
function isOwnSource(source: RelaySource | undefined, input: RelayChainInput): boolean {
  if (!source) return false;
  const theirs =
    (source.publisherId != null && input.speakerIds.has(source.publisherId)) ||
    source.authorNames.some((name) => input.speakerNames.has(name));
  const dated = input.claimedAt && source.issued;
  return theirs && (!dated || datesCompatible(input.claimedAt, input.claimedAtPrecision, source.issued, source.issuedPrecision));
}

function nearestSingle(candidates: [number, Path][]): [number, Path] | null {
  const nearest = Math.min(...candidates.map(([, path]) => path.length));
  const found = candidates.filter(([, path]) => path.length === nearest);
  return found.length === 1 ? found[0]! : null;
}

const isSubPath = (short: Path, long: Path) => short.length < long.length && `,${long.join(",")},`.includes(`,${short.join(",")},`);

/** Extends the downstream end of a chain with full republications, while there is exactly one. */
function withRepublications(chain: Path, edges: RelayEdge[]): Path {
  const extended = [...chain];
  for (let step = 0; step < MAX_RELAY_DEPTH; step++) {
    const last = extended[extended.length - 1]!;
    const republications = edges.filter(
      (edge) => edge.kind === "REPUBLISHES" && edge.toSourceId === last && !extended.includes(edge.fromSourceId),
    );
    if (republications.length !== 1) break;
    extended.push(republications[0]!.fromSourceId);
  }
  return extended;
}

/** Every chain of the claim, each ordered from the origin to the latest relay. */
export function buildRelayChains(input: RelayChainInput): RelayHop[][] {
  const cited = new Map<number, "PRIMARY" | "RELAY">();
  for (const { sourceId, role } of input.citations) if (cited.get(sourceId) !== "PRIMARY") cited.set(sourceId, role);

  const inferred = new Set<number>();
  const paths: Path[] = [];
  for (const [sourceId, role] of cited) {
    if (role !== "RELAY") continue;
    const found = pathsFromRelay(sourceId, input, cited);
    if (found.inferredOrigin !== null) inferred.add(found.inferredOrigin);
    paths.push(...found.paths);
  }
  for (const [sourceId] of cited) if (!paths.some((path) => path.includes(sourceId))) paths.push([sourceId]);

  // One chain per distinct path; a path contained in a longer one is drawn as part of it.
  const distinct = [...new Map(paths.map((path) => [path.join(","), path])).values()];
  const chains = distinct.filter((path) => !distinct.some((other) => isSubPath(path, other)));

  return chains.map((path) => {
    const chain = withRepublications([...path].reverse(), input.edges);
    const origin = chain[0]!;
    const foundOrigin = cited.get(origin) === "PRIMARY" || inferred.has(origin);
    return chain.map((sourceId, index) => ({
      sourceId,
      citedAs: cited.get(sourceId) ?? null,
      inferred: inferred.has(sourceId) && !cited.has(sourceId),
      relationKinds: index === 0 ? [] : relationKinds(input.edges, chain[index]!, chain[index - 1]!),
      unresolvedUpstream: index === 0 && !foundOrigin ? directUpstream(input.edges, sourceId) : [],
    }));
  });
}

const KIND_ORDER: RelationKind[] = ["REPUBLISHES", "TRANSLATES", "DERIVED_FROM", "QUOTES"];

function relationKinds(edges: RelayEdge[], from: number, to: number): RelationKind[] {
  const kinds = new Set(edges.filter((edge) => edge.fromSourceId === from && edge.toSourceId === to).map((edge) => edge.kind));
  return KIND_ORDER.filter((kind) => kinds.has(kind));
}

function directUpstream(edges: RelayEdge[], from: number): number[] {
  return [...new Set(edges.filter((edge) => edge.fromSourceId === from).map((edge) => edge.toSourceId))];
}
