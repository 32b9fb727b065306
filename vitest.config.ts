import { defineConfig } from "vitest/config";

/**
 * Unit tests, database tests on the embedded PGlite and browser journeys (e2e/) always run. Database tests
 * (`*.db.test.ts`) run a second time on PostgreSQL when TEST_DATABASE_URL names a server,
 * as .ci/run does.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const timeouts = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "pglite",
          include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["e2e/**", "node_modules/**"],
          globalSetup: ["test/global-setup.ts"],
          env: { PAYUNG_TEST_DB: "pglite" },
          ...timeouts,
        },
      },
      {
        // Journeys in a real browser (Debian's chromium), on the embedded database.
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          env: { PAYUNG_TEST_DB: "pglite" },
          ...timeouts,
        },
      },
      ...(serverUrl
        ? [
            {
              test: {
                name: "postgres",
                include: ["src/**/*.db.test.ts", "test/**/*.db.test.ts"],
                globalSetup: ["test/global-setup.ts"],
                env: { PAYUNG_TEST_DB: "postgres" },
                ...timeouts,
              },
            },
          ]
        : []),
    ],
  },
});
