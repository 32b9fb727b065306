import type { Region } from "../regions/regions.repository.ts";

export interface ResolvedArea {
  kecamatanCode: string | null;
  desaCode: string | null;
  /** Issue codes: kecamatan_unresolved, desa_unresolved, region_typo_corrected. */
  issues: string[];
}

/** Words that offices put before a name: "Kec. Mauk", "DESA Sentul", "Kel. Bojong". */
const prefixes = /^(kecamatan|kec|desa|ds|kelurahan|kel|kampung|kp)\b\.?\s*/;

export function placeKey(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .replace(prefixes, "")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Turns kecamatan and desa names as written into official codes within one regency, tolerating
 * typos (one or two letters off). Names repeat a lot in a list, so every answer is cached.
 */
export class RegionResolver {
  private readonly kecamatan = new Map<string, Region>();
  private readonly desaByKecamatan = new Map<string, Map<string, Region>>();
  private readonly desaAll = new Map<string, Region[]>();
  private readonly uniqueDesa = new Map<string, Region>();
  private readonly cache = new Map<string, Map<string, ResolvedArea>>();

  constructor(tree: Region[]) {
    for (const region of tree) {
      const key = placeKey(region.name);
      if (region.level === 3) this.kecamatan.set(key, region);
      if (region.level === 4) {
        const parent = region.parentCode ?? "";
        if (!this.desaByKecamatan.has(parent)) this.desaByKecamatan.set(parent, new Map());
        this.desaByKecamatan.get(parent)!.set(key, region);
        this.desaAll.set(key, [...(this.desaAll.get(key) ?? []), region]);
      }
    }
    for (const [key, list] of this.desaAll) if (list.length === 1) this.uniqueDesa.set(key, list[0]);
  }

  resolve(kecamatanName: string, desaName: string): ResolvedArea {
    let byDesa = this.cache.get(kecamatanName);
    if (!byDesa) {
      byDesa = new Map();
      this.cache.set(kecamatanName, byDesa);
    }
    let hit = byDesa.get(desaName);
    if (!hit) {
      hit = this.lookup(placeKey(kecamatanName), placeKey(desaName));
      byDesa.set(desaName, hit);
    }
    return hit;
  }

  private lookup(kecKey: string, desaKey: string): ResolvedArea {
    const issues = new Set<string>();
    const kecamatan = kecKey ? nearest(kecKey, this.kecamatan) : null;
    if (kecamatan?.fuzzy) issues.add("region_typo_corrected");
    let kecamatanCode = kecamatan?.region.code ?? null;
    let desaCode: string | null = null;
    if (desaKey) {
      const desa = this.findDesa(desaKey, kecamatanCode);
      if (desa) {
        desaCode = desa.region.code;
        kecamatanCode = desa.region.parentCode;
        if (desa.fuzzy) issues.add("region_typo_corrected");
      } else issues.add("desa_unresolved");
    }
    if (kecKey && !kecamatanCode) issues.add("kecamatan_unresolved");
    return { kecamatanCode, desaCode, issues: [...issues] };
  }

  private findDesa(key: string, kecamatanCode: string | null): Match | null {
    const within = kecamatanCode ? this.desaByKecamatan.get(kecamatanCode) : undefined;
    const found = within ? nearest(key, within) : null;
    if (found) return found;
    // The kecamatan may be missing or wrong: a desa name unique in the regency still places the person.
    const candidates = this.desaAll.get(key);
    if (candidates) return candidates.length === 1 ? { region: candidates[0], fuzzy: false } : null;
    return nearest(key, this.uniqueDesa);
  }
}

interface Match {
  region: Region;
  fuzzy: boolean;
}

/** The exact name, or the single closest one within the typo allowance. */
function nearest(key: string, names: Map<string, Region>): Match | null {
  const exact = names.get(key);
  if (exact) return { region: exact, fuzzy: false };
  const allowance = key.length >= 10 ? 2 : key.length >= 4 ? 1 : 0;
  if (allowance === 0) return null;
  let best: Region | null = null;
  let bestDistance = allowance + 1;
  let tie = false;
  for (const [name, region] of names) {
    if (Math.abs(name.length - key.length) > allowance) continue;
    const d = editDistance(key, name, bestDistance);
    if (d < bestDistance) {
      best = region;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && !tie ? { region: best, fuzzy: true } : null;
}

/** Optimal string alignment distance (a transposition counts as one edit), stopping past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
  }
  return rows[a.length][b.length];
}
