import os from "node:os";
import { type Command, Option } from "commander";
import {
  listTraining,
  referToTraining,
  type TrainingStatus,
  trainingStatuses,
  updateTraining,
} from "../modules/claims/training.service.ts";
import { idOf } from "./arguments.ts";
import { langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung training ${command}`,
});

export function trainingCommands(program: Command): void {
  const training = program
    .command("training")
    .description("Heirs referred to job training (Disnaker): referred → enrolled → completed → employed");
  training
    .command("refer")
    .description("Refer a member of a claim's family to a training programme")
    .requiredOption("--claim <id>", "the claim")
    .requiredOption("--member <id>", "the family member (ids in payung claims show)")
    .requiredOption("--program <text>", "the programme, e.g. Menjahit")
    .option("--provider <text>", "who runs it, e.g. BLK Tangerang")
    .option("--on <yyyy-mm-dd>", "the day of the referral (default today)")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & { claim: string; member: string; program: string; provider?: string; on?: string },
      ) => {
        const claimId = idOf(o.claim, "claim_not_found");
        const familyMemberId = idOf(o.member, "family_member_not_found");
        const made = await withApp(({ db }) =>
          referToTraining({
            db,
            claimId,
            familyMemberId,
            program: o.program,
            provider: o.provider,
            on: o.on,
            audit: audit("refer"),
          }),
        );
        report(o, made, () => `${made.id}: ${o.program} (${langOf(o) === "id" ? "dirujuk" : "referred"})`);
      },
    );
  training
    .command("update <id>")
    .description(
      "The next step of a referral (a later one may be skipped to: employed straight after training)",
    )
    .addOption(
      new Option("--status <status>", "the new status")
        .choices(["enrolled", "completed", "employed"])
        .makeOptionMandatory(),
    )
    .option("--on <yyyy-mm-dd>", "the day of the step (default today)")
    .option("--note <text>", "e.g. the employer")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { status: TrainingStatus; on?: string; note?: string }) => {
      const referral = idOf(id, "training_referral_not_found");
      const updated = await withApp(({ db }) =>
        updateTraining({
          db,
          id: referral,
          status: o.status,
          on: o.on,
          note: o.note,
          audit: audit("update"),
        }),
      );
      report(o, updated, () => `${updated.id}: ${updated.status}`);
    });
  training
    .command("list")
    .description("Referrals, open ones first")
    .addOption(new Option("--status <status>", "one status").choices(trainingStatuses))
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { status?: TrainingStatus }) => {
      const rows = await withApp(({ db }) => listTraining({ db, status: o.status, audit: audit("list") }));
      report(o, rows, () =>
        table(
          ["id", "claim", "name", "relation", "member", "program", "provider", "status", "since", "note"],
          rows.map((r) => [
            r.id,
            r.claim_id,
            r.name,
            r.relation,
            r.member,
            r.program,
            r.provider,
            r.status,
            r.employed_on ?? r.completed_on ?? r.enrolled_on ?? r.referred_on,
            r.note,
          ]),
        ),
      );
    });
}
