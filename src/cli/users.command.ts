import os from "node:os";
import readline from "node:readline";
import type { Command } from "commander";
import { createToken, revokeToken } from "../modules/auth/tokens.service.ts";
import { roles } from "../modules/users/roles.ts";
import { addUser, listUsers } from "../modules/users/users.service.ts";
import { langOf, type ReportOptions, report, table, withApp } from "./output.ts";

export function usersCommands(program: Command): void {
  const users = program.command("users").description("Accounts: who may use Payung, in which role and area");
  users
    .command("add")
    .description("Add an account; the password is read from standard input (typed unseen on a terminal)")
    .argument("<username>", "3–40 lower-case letters, digits, . _ -")
    .requiredOption("--name <full name>", "the person's name")
    .requiredOption("--role <role>", Object.keys(roles).join(" | "))
    .requiredOption("--area <code>", "region code: the regency (36.03), a kecamatan or a desa for operators")
    .option("--company <code>", "the company of a csr_partner (required for that role only)")
    .option("--json", "print JSON")
    .action(
      async (
        username: string,
        options: ReportOptions & { name: string; role: string; area: string; company?: string },
      ) => {
        const password = await readPassword(langOf(options) === "id" ? "Kata sandi: " : "Password: ");
        const user = await withApp(({ db }) =>
          addUser({
            db,
            username,
            fullName: options.name,
            role: options.role,
            areaCode: options.area,
            password,
            by: `cli:${os.userInfo().username}`,
            companyCode: options.company,
          }),
        );
        const company = user.companyCode ? `, ${user.companyCode}` : "";
        report(options, user, () => `${user.username} (${user.role}, ${user.areaCode}${company})`);
      },
    );
  users
    .command("token")
    .description("Create an API token for a system acting as this user; shown once, keep it secret")
    .argument("<username>", "the account the system acts as")
    .requiredOption("--name <name>", "what the token is for, e.g. bpjs-exchange")
    .option("--json", "print JSON")
    .action(async (username: string, options: ReportOptions & { name: string }) => {
      const result = await withApp(({ db }) =>
        createToken({ db, username, name: options.name, by: `cli:${os.userInfo().username}` }),
      );
      report(options, result, () => result.token);
    });
  users
    .command("revoke-token")
    .description("Revoke a user's API token by name")
    .argument("<username>")
    .requiredOption("--name <name>", "the token's name")
    .action(async (username: string, options: { name: string }) => {
      await withApp(({ db }) =>
        revokeToken({ db, username, name: options.name, by: `cli:${os.userInfo().username}` }),
      );
    });
  users
    .command("list")
    .description("List accounts")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions) => {
      const rows = await withApp(({ db }) => listUsers({ db }));
      report(options, rows, () =>
        table(
          ["username", "name", "role", "area", "company", "active"],
          rows.map((u) => [
            u.username,
            u.fullName,
            u.role,
            u.areaCode,
            u.companyCode,
            u.active ? "yes" : "no",
          ]),
        ),
      );
    });
}

/** The first line of standard input; on a terminal, asked for without echoing what is typed. */
async function readPassword(prompt: string): Promise<string> {
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: process.stdin.isTTY,
  });
  if (process.stdin.isTTY) {
    process.stderr.write(prompt);
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  try {
    for await (const line of rl) return line;
    return "";
  } finally {
    rl.close();
    if (process.stdin.isTTY) process.stderr.write("\n");
  }
}
