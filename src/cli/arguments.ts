/**
 * Values typed on the command line, checked before they reach a service, so a typo gets a clear
 * answer instead of a database error about a column's type.
 */
import { InvalidArgumentError } from "commander";
import { UserError } from "../common/errors.ts";

const whole = /^\d{1,15}$/;

/** A record's id; anything else is "not found" in that record's words, as a wrong number would be. */
export function idOf(text: string, notFound: string): number {
  if (!whole.test(text)) throw new UserError(notFound, { id: text });
  return Number(text);
}

/** Parser for a count option (--days-unable 45): a bad one is a usage error. */
export function wholeNumber(text: string): number {
  if (!whole.test(text)) throw new InvalidArgumentError("a whole number is needed, e.g. 45");
  return Number(text);
}

/** Parser for a list of ids (--claims 1,2). */
export function idList(text: string): number[] {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => whole.test(p)))
    throw new InvalidArgumentError("ids separated by commas are needed, e.g. 3,4");
  return parts.map(Number);
}
