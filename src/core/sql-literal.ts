/**
 * SQL with its $n parameters written in as literals, for the statements that take no parameters
 * (COPY … TO). Only for values Payung itself holds (rules, codes, dates): strings are quoted with
 * doubled single quotes, which is exact while standard_conforming_strings is on (the default).
 */
export function inlineParams(sql: string, params: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`no SQL literal for ${value}`);
    return String(value);
  }
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (Array.isArray(value)) return value.length === 0 ? "'{}'" : `ARRAY[${value.map(literal).join(", ")}]`;
  throw new Error(`no SQL literal for a ${typeof value}`);
}
