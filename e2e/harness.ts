/**
 * What a browser journey needs: the real server on a fresh embedded database with its job worker,
 * and Debian's Chromium driven by playwright-core (no browser download; CHROMIUM_PATH overrides).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { startWorker } from "../src/modules/jobs/jobs.service.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { buildServer } from "../src/server.ts";
import { freshDb } from "../test/db.ts";
import { tempDir } from "../test/files.ts";

export const password = "payung-e2e-2026";
export const screenshots = path.resolve(import.meta.dirname, "screenshots");

export interface App {
  db: Db;
  url: string;
  browser: Browser;
  dataDir: string;
  close: () => Promise<void>;
}

export async function startApp(): Promise<App> {
  const tmp = tempDir();
  const db = await freshDb();
  const config = loadConfig({ PAYUNG_DATA_DIR: path.join(tmp.dir, "data") });
  const server: FastifyInstance = await buildServer({ db, config });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const address = server.server.address() as { port: number };
  const stopWorker = startWorker(db, jobHandlers(config), { intervalMs: 100 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  fs.mkdirSync(screenshots, { recursive: true });
  return {
    db,
    url: `http://127.0.0.1:${address.port}`,
    browser,
    dataDir: config.dataDir,
    close: async () => {
      await browser.close();
      await stopWorker();
      await server.close();
      await db.close();
      tmp.remove();
    },
  };
}

export async function addAccount(db: Db, username: string, role: string, areaCode: string): Promise<void> {
  await addUser({ db, username, fullName: username, role, areaCode, password, by: "e2e" });
}

/** A new browser page (1366×768, the office laptop) logged in as `username`. */
export async function logIn(
  app: App,
  username: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await app.browser.newPage({ viewport });
  await page.goto(app.url);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Beranda" }).waitFor();
  return page;
}

/** Saves a screenshot of the page for reviewers and asserts that axe-core finds no accessibility problem. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  expect(await accessibilityProblems(page), `accessibility of ${name}`).toEqual([]);
}

/**
 * Accessibility problems on the page as axe-core finds them (WCAG 2.1 A and AA: labels, names,
 * contrast, landmarks …), as "rule: element" lines; empty when there are none.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return violations.flatMap((v) => v.targets.map((t) => `${v.id}: ${t}`));
}

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

/** Calls the API as the page's user, with the session cookie and the CSRF token the app has. */
export async function callApi<T>(
  page: Page,
  method: "GET" | "POST",
  path: string,
  data?: unknown,
): Promise<T> {
  const origin = new URL(page.url()).origin;
  const me = await (await page.request.get(`${origin}/api/v1/auth/me`)).json();
  const response = await page.request.fetch(`${origin}/api/v1${path}`, {
    method,
    headers: { "x-csrf-token": me.csrfToken },
    data,
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The text of every body row of a table. */
export async function rowTexts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator("tbody tr").allTextContents();
}
