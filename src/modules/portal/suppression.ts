/**
 * Small-count suppression for the partner portal (docs/partners-portal.md): a count of 1 to 4
 * people is never shown, and when a table hides only one of its cells, the next-smallest cell is
 * hidden too, so the hidden one cannot be worked out from the total minus the others.
 */

/** Counts below this (and above 0) are hidden. */
export const threshold = 5;

/** A count of people (or of memberships, claims) as a partner sees it. */
export interface Cell {
  count: number | null;
  suppressed: boolean;
}

/** An amount of rupiah as a partner sees it: hidden when it is tied to fewer than 5 people. */
export interface Money {
  amount: number | null;
  suppressed: boolean;
}

export function isSmall(count: number): boolean {
  return count > 0 && count < threshold;
}

/** One count on its own (a headline figure): hidden when small. */
export function cell(count: number): Cell {
  return isSmall(count) ? { count: null, suppressed: true } : { count, suppressed: false };
}

/** An amount, hidden when the people it is tied to number 1 to 4. */
export function money(amount: number, people: number): Money {
  return isSmall(people) ? { amount: null, suppressed: true } : { amount, suppressed: false };
}

/**
 * The cells of one breakdown (its parts add up to a total shown elsewhere): small counts hidden,
 * and when exactly one is hidden, the smallest shown non-zero count too (the first of equals).
 * Zeros stay: they name no one, and hiding one protects nothing.
 */
export function breakdown(counts: number[]): Cell[] {
  const hidden = counts.map(isSmall);
  if (hidden.filter(Boolean).length === 1) {
    let next = -1;
    counts.forEach((count, i) => {
      if (!hidden[i] && count > 0 && (next < 0 || count < counts[next])) next = i;
    });
    if (next >= 0) hidden[next] = true;
  }
  return counts.map((count, i) =>
    hidden[i] ? { count: null, suppressed: true } : { count, suppressed: false },
  );
}
