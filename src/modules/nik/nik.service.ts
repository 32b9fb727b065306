import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { type NikInfo, parseNik } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import { listRegionsByCodes } from "../regions/regions.repository.ts";

export interface NikCheck
  extends Omit<NikInfo, "provinceCode" | "regencyCode" | "districtCode" | "problems"> {
  issuedIn: Record<"province" | "regency" | "district", { code: string; name: string | null } | null>;
  problems: {
    code: string;
    severity: "error" | "warning";
    message: string;
    params?: Record<string, string | number>;
  }[];
}

/** Validates one NIK and names the regions it was issued in. */
export async function checkNik({ db, nik, lang }: { db: Db; nik: string; lang: Lang }): Promise<NikCheck> {
  const cleaned = parseNik(nik);
  const codes = [cleaned.provinceCode, cleaned.regencyCode, cleaned.districtCode].filter((c) => c !== null);
  const names = new Map((await listRegionsByCodes(db, codes)).map((r) => [r.code, r.name]));
  const info = parseNik(nik, { regionExists: (code) => names.has(code) });
  const region = (code: string | null) => (code ? { code, name: names.get(code) ?? null } : null);
  return {
    nik: info.nik,
    valid: info.valid,
    sex: info.sex,
    birthDate: info.birthDate,
    serial: info.serial,
    issuedIn: {
      province: region(info.provinceCode),
      regency: region(info.regencyCode),
      district: region(info.districtCode),
    },
    problems: info.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: message(p.code, p.params, lang),
      ...(p.params ? { params: p.params } : {}),
    })),
  };
}
