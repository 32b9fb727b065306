import os from "node:os";
import type { Command } from "commander";
import {
  type Decision,
  type DecisionResult,
  decideReview,
  listReview,
  type ReviewItem,
  type ReviewRecord,
  showReview,
  splitReview,
} from "../modules/matching/review.service.ts";
import { langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const by = () => `cli:${os.userInfo().username}`;

export function reviewCommands(program: Command): void {
  const review = program
    .command("review")
    .description("Pairs matching was unsure of: look at both records and decide");
  review
    .command("list")
    .description("List open review items (oldest first)")
    .option("--all", "every item, decided ones too")
    .option("--limit <n>", "how many", "50")
    .option("--after <id>", "start after this item id (paging)", "0")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { all?: boolean; limit: string; after: string }) => {
      const items = await withApp(({ db }) =>
        listReview({
          db,
          status: options.all ? null : "open",
          limit: Number(options.limit),
          afterId: Number(options.after),
        }),
      );
      const lang = langOf(options);
      report(options, items, () =>
        items.length === 0
          ? lang === "id"
            ? "Tidak ada yang perlu ditinjau."
            : "Nothing to review."
          : table(
              ["id", "kind", "score", "status", "a", "b"],
              items.map((i) => [i.id, i.kind, i.score.toFixed(1), i.status, brief(i.a), brief(i.b)]),
            ),
      );
    });
  review
    .command("show")
    .description("Both records side by side, with each field's evidence")
    .argument("<id>", "review item id")
    .option("--json", "print JSON")
    .action(async (id: string, options: ReportOptions) => {
      const item = await withApp(({ db }) => showReview({ db, id: Number(id), by: by() }));
      report(options, item, () => sideBySide(item));
    });
  for (const [name, decision, text] of [
    ["accept", "accept", "The two records are one person: their persons become one"],
    ["reject", "reject", "They are different people: kept apart for good (a shared NIK is split)"],
  ] as const) {
    review
      .command(name)
      .description(text)
      .argument("<id>", "review item id")
      .option("--json", "print JSON")
      .action(async (id: string, options: ReportOptions) => {
        const result = await withApp(({ db }) =>
          decideReview({ db, id: Number(id), decision: decision as Decision, by: by() }),
        );
        report(options, result, () => describeDecision(result, langOf(options)));
      });
  }
  review
    .command("split")
    .description("Take a record out of its person into a new person (a review item id, or batch:row)")
    .argument("<target>", "review item id, or a record as batch:row")
    .option("--json", "print JSON")
    .action(async (target: string, options: ReportOptions) => {
      const result = await withApp(({ db }) => splitReview({ db, target, by: by() }));
      report(options, result, () => describeDecision(result, langOf(options)));
    });
}

function brief(r: ReviewRecord): string {
  return `${r.name} (${r.birth_date ?? "?"}, ${r.source} ${r.batch}:${r.row}, person ${r.person})`;
}

const rows: [string, (r: ReviewRecord) => string | number | null][] = [
  ["source", (r) => `${r.source} (batch ${r.batch}, row ${r.row})`],
  ["person", (r) => r.person],
  ["nik", (r) => r.nik],
  ["name", (r) => r.name],
  ["sex", (r) => r.sex],
  ["birth_date", (r) => r.birth_date],
  ["birth_place", (r) => r.birth_place],
  ["address", (r) => r.address],
  ["area", (r) => r.desa_code ?? r.kecamatan_code],
  ["kk_number", (r) => r.kk_number],
  ["phone", (r) => r.phone],
];

/** Marks a row by its evidence: ≠ disagrees, ~ partly agrees, blank agrees or is missing. */
const topLevels = new Set(["same", "same_desa", "missing"]);

function sideBySide(item: ReviewItem): string {
  const body = table(
    ["", "A", "B", "evidence"],
    rows.map(([field, get]) => {
      const a = get(item.a);
      const b = get(item.b);
      const e = item.reasons[field];
      const mark = e
        ? e.level === "different"
          ? "≠ "
          : topLevels.has(e.level)
            ? "  "
            : "~ "
        : a !== b && field !== "source" && field !== "person"
          ? "≠ "
          : "  ";
      return [`${mark}${field}`, a, b, e ? `${e.level} (${e.weight > 0 ? "+" : ""}${e.weight})` : ""];
    }),
  );
  return `#${item.id} ${item.kind}, weight ${item.score.toFixed(1)}, ${item.status}\n${body}`;
}

function describeDecision(result: DecisionResult, lang: "id" | "en"): string {
  const [a, b] = result.persons;
  const same = a === b;
  return lang === "id"
    ? `#${result.item.id}: ${result.item.status}. ${same ? `Kedua data kini satu orang (${a}).` : `Kedua data kini orang berbeda (${a} dan ${b}).`}`
    : `#${result.item.id}: ${result.item.status}. ${same ? `Both records are now one person (${a}).` : `The records are now different persons (${a} and ${b}).`}`;
}
