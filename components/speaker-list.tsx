import { Fragment, type ReactNode } from "react";
import type { BylinePerson } from "@/lib/claims/claim-byline";

/** "A", "A and B", "A, B and C", each drawn by `link`; `unknown` when nobody is known to have said it. */
export function SpeakerList<P extends BylinePerson>({
  people,
  unknown,
  link,
}: {
  people: P[];
  unknown: ReactNode;
  link: (person: P, index: number) => ReactNode;
}) {
  if (!people.length) return unknown;
  return (
    <span>
      {people.map((person, index) => (
        <Fragment key={person.slug}>
          {index === 0 ? null : index === people.length - 1 ? " and " : ", "}
          {link(person, index)}
        </Fragment>
      ))}
    </span>
  );
}
