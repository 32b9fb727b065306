/** SQL that writes times the way the API and files do: ISO 8601, moments in UTC. */

/** A timestamptz column as 2026-11-28T03:33:12.000Z. */
export const isoMoment = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A date column as 2026-11-28. */
export const isoDay = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
