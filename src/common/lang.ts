export type Lang = "id" | "en";

export function toLang(value: string | undefined): Lang {
  return value?.toLowerCase().startsWith("en") ? "en" : "id";
}
