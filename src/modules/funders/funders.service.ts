/**
 * Funders: who pays for whom, with what budget, for which months. A funder's capacity is how many
 * people its budget covers for all its months: floor(budget ÷ the sum of the months' premiums),
 * at its rounded unit rate when it has one, else at the tariff of each month for its type.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { capacity, monthCount, monthlyPremium, monthsFrom, type Tariffs } from "../tariffs/premium.ts";
import { loadTariffs } from "../tariffs/tariffs.repository.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";
import * as repo from "./funders.repository.ts";

export const funderTypes = ["apbd", "apbd_p", "province", "apbn", "dana_desa", "csr", "other"] as const;

/** The funder code BPJS groups members by: government, village from Dana Desa, company, other. */
const bpjsCodeOf: Record<string, string> = {
  apbd: "SG",
  apbd_p: "SG",
  province: "SG",
  apbn: "SG",
  dana_desa: "SD",
  csr: "SC",
  other: "SL",
};

/** BPJS counts a government-paid member fully only after six months of contributions. */
const shortSpellMonths = 6;

export interface FunderWithCapacity extends repo.Funder {
  months: number;
  /** What one person costs for all the funder's months. */
  perPerson: number;
  capacity: number;
  /** Fewer than six months: such members count less towards BPJS's targets. */
  shortSpell: boolean;
}

export async function listFunders({ db }: { db: Db }): Promise<FunderWithCapacity[]> {
  const [funders, tariffs] = await Promise.all([repo.listFunders(db), loadTariffs(db)]);
  return funders.map((f) => withCapacity(tariffs, f));
}

export async function showFunder({ db, code }: { db: Db; code: string }): Promise<FunderWithCapacity> {
  const funder = await repo.findFunder(db, code);
  if (!funder) throw new UserError("funder_not_found", { code });
  return withCapacity(await loadTariffs(db), funder);
}

type Limits = "unitRate" | "desaCode" | "kecamatanCodes" | "occupations";

export async function addFunder({
  db,
  funder,
  by,
}: {
  db: Db;
  /** Limits and a unit rate are optional: none by default. */
  funder: Omit<repo.Funder, "id" | "bpjsCode" | Limits> &
    Partial<Pick<repo.Funder, Limits>> & { bpjsCode?: string };
  by: string;
}): Promise<FunderWithCapacity> {
  if (!(funderTypes as readonly string[]).includes(funder.type)) {
    throw new UserError("funder_type_unknown", { type: funder.type, types: funderTypes.join(", ") });
  }
  for (const month of [funder.from, funder.to]) checkMonth(month);
  if (funder.to < funder.from)
    throw new UserError("funder_period_invalid", { from: funder.from, to: funder.to });
  if (!Number.isSafeInteger(funder.budget) || funder.budget < 0)
    throw new UserError("funder_budget_invalid", { budget: funder.budget });
  if (funder.type === "dana_desa" && !funder.desaCode) throw new UserError("funder_desa_missing");
  const tariffs = await loadTariffs(db);
  if (!tariffs.packages.some((p) => p.code === funder.package)) {
    throw new UserError("package_unknown", {
      package: funder.package,
      packages: tariffs.packages.map((p) => p.code).join(", "),
    });
  }
  const added = await db.transaction(async (tx) => {
    const row = await repo.insertFunder(
      tx,
      {
        ...funder,
        unitRate: funder.unitRate ?? null,
        desaCode: funder.desaCode ?? null,
        kecamatanCodes: funder.kecamatanCodes ?? [],
        bpjsCode: funder.bpjsCode ?? bpjsCodeOf[funder.type],
        occupations: (funder.occupations ?? []).map((o) => o.trim().toUpperCase()), // matched as prefixes, in capitals
      },
      by,
    );
    if (!row) throw new UserError("funder_exists", { code: funder.code });
    await recordAudit(tx, { actor: by, via: "payung funders add" }, "funder_add", null, { ...row });
    return row;
  });
  return withCapacity(tariffs, added);
}

function withCapacity(tariffs: Tariffs, funder: repo.Funder): FunderWithCapacity {
  const pkg = tariffs.packages.find((p) => p.code === funder.package)!;
  const months = monthsFrom(funder.from, monthCount(funder.from, funder.to));
  const premiums = months.map(
    (month) =>
      funder.unitRate ??
      monthlyPremium(tariffs, pkg, pkg.declaredIncome, month, { funderType: funder.type, sector: "other" })
        .total,
  );
  return {
    ...funder,
    months: months.length,
    perPerson: premiums.reduce((a, b) => a + b, 0),
    capacity: Number(capacity(BigInt(funder.budget), premiums)),
    shortSpell: months.length < shortSpellMonths,
  };
}
