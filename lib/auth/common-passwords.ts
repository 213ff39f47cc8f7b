import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";

// OWASP ASVS 6.2.12: a new password is checked against passwords known from breaches. The
// lists ship inside zxcvbn-ts's packages (about 49,000 passwords seen most often in breach
// corpora, plus English words and names), so the check needs no network. zxcvbn also sees
// through the usual decorations ("Password1234!", "qwertyuiop12"), which an exact lookup misses.

const estimator = new ZxcvbnFactory({
  dictionary: { ...commonDictionary, ...englishDictionary },
  graphs: adjacencyGraphs,
});

/** zxcvbn's scale: 3 is "safely unguessable" against an online attack and slowed offline ones. */
const MINIMUM_SCORE = 3;

export function isBreachedOrCommonPassword(password: string): boolean {
  return estimator.check(password).score < MINIMUM_SCORE;
}

export const COMMON_PASSWORD_MESSAGE = "This password is too common or appears in known breaches: choose another.";
