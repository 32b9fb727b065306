import { Command, CommanderError } from "commander";
import { UserError } from "../common/errors.ts";
import { toLang } from "../common/lang.ts";
import { auditCommands } from "./audit.command.ts";
import { claimsCommands } from "./claims.command.ts";
import { dashboardCommands } from "./dashboard.command.ts";
import { dbCommands } from "./db.command.ts";
import { demoCommands } from "./demo.command.ts";
import { eligibilityCommands } from "./eligibility.command.ts";
import { enrolmentCommands } from "./enrolment.command.ts";
import { exportCommands } from "./export.command.ts";
import { fundersCommands } from "./funders.command.ts";
import { handoversCommands } from "./handovers.command.ts";
import { importCommands } from "./imports.command.ts";
import { invoicesCommands } from "./invoices.command.ts";
import { matchCommands } from "./match.command.ts";
import { nikCommands } from "./nik.command.ts";
import { partnersCommands } from "./partners.command.ts";
import { plansCommands } from "./plans.command.ts";
import { portalCommands } from "./portal.command.ts";
import { proposalsCommands } from "./proposals.command.ts";
import { regionsCommands } from "./regions.command.ts";
import { dossierCommands, reportsCommands } from "./reports.command.ts";
import { reviewCommands } from "./review.command.ts";
import { serveCommands } from "./serve.command.ts";
import { sourcesCommands } from "./sources.command.ts";
import { targetsCommands, workforceCommands } from "./targets.command.ts";
import { tariffsCommands } from "./tariffs.command.ts";
import { trainingCommands } from "./training.command.ts";
import { usersCommands } from "./users.command.ts";

/**
 * Exit codes: 0 success, 1 a user error (bad input, missing file …) with a clear message,
 * 2 a usage error (unknown command or option).
 */
const program = new Command("payung")
  .description("Payung: BPJS Ketenagakerjaan coverage for vulnerable workers, run by a regional government")
  .option("--lang <id|en>", "language of messages (default: PAYUNG_LANG or id)")
  .showHelpAfterError()
  .exitOverride();

program.hook("preAction", (_cmd, action) => {
  const lang = program.opts().lang;
  if (lang) action.setOptionValue("lang", lang);
});

nikCommands(program);
regionsCommands(program);
importCommands(program);
demoCommands(program);
matchCommands(program);
reviewCommands(program);
sourcesCommands(program);
exportCommands(program);
auditCommands(program);
usersCommands(program);
dbCommands(program);
serveCommands(program);
tariffsCommands(program);
eligibilityCommands(program);
fundersCommands(program);
plansCommands(program);
proposalsCommands(program);
enrolmentCommands(program);
invoicesCommands(program);
claimsCommands(program);
handoversCommands(program);
trainingCommands(program);
targetsCommands(program);
dashboardCommands(program);
workforceCommands(program);
portalCommands(program);
partnersCommands(program);
reportsCommands(program);
dossierCommands(program);

for (const cmd of allCommands(program)) cmd.exitOverride().showHelpAfterError();

function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version are not errors
    return error.code === "commander.helpDisplayed" || error.code === "commander.version"
      ? 0
      : error.exitCode === 0
        ? 0
        : 2;
  }
  const lang = toLang(program.opts().lang ?? process.env.PAYUNG_LANG);
  const wantsJson = process.argv.includes("--json");
  if (error instanceof UserError) {
    const body = { error: { code: error.code, message: error.text(lang), details: error.details } };
    if (wantsJson) process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    process.stderr.write(`${lang === "id" ? "Galat" : "Error"}: ${error.text(lang)}\n`);
    return 1;
  }
  process.stderr.write(
    `${lang === "id" ? "Galat internal" : "Internal error"}: ${(error as Error)?.stack ?? error}\n`,
  );
  return 1;
}
