import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_LIMITS_ENV, E2E_PORT, MAIL_RECORDER_PORT, MAIL_RECORDER_URL, E2E_SSO_ENV, E2E_STORAGE_DIR } from "./e2e/env";

// The fixtures create their users through the app's own code, on the server's database.
process.env.DATABASE_URL = E2E_DATABASE_URL;
Object.assign(process.env, E2E_LIMITS_ENV);

// Debian's headless shell when installed (what Playwright itself runs headless: no browser UI, so
// lighter on a loaded 2-core machine than the full browser), else Debian's Chromium.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

// Specs that change the portal's one settings row; the assets switches run after the others.
const SETTINGS_SPECS = /(admin\/portal-settings|settings\/[\w-]+|chat\/offline|security\/(stored-xss-settings|branding-files))\.spec\.ts/;
const ASSET_SETTINGS_SPECS = /admin\/asset-settings\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]] : "list",
  timeout: 60_000,
  // The local OpenID Connect providers that stand in for Microsoft Entra ID and Google.
  globalSetup: "./e2e/sso/global-setup.ts",
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    // A trace records every test as it runs (a screencast and a DOM snapshot per action), kept or
    // not at the end: in CI only the retry of a failed test records one, so passing tests pay nothing.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: chromium,
    locale: "en-US",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: [SETTINGS_SPECS, ASSET_SETTINGS_SPECS] },
    { name: "phone", use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, launchOptions: chromium }, grep: /@phone/ },
    // Specs that change the portal's one settings row (site name, modules) run alone, after the rest,
    // one at a time: two of them saving the row at once would each see the other's colours.
    {
      name: "settings",
      workers: 1,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      testMatch: SETTINGS_SPECS,
      grepInvert: /@phone/,
      dependencies: ["desktop", "phone"],
    },
    // The assets switches live in the same row: after "settings", never beside it.
    {
      name: "asset-settings",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      testMatch: ASSET_SETTINGS_SPECS,
      workers: 1,
      dependencies: ["settings"],
    },
  ],
  webServer: [
    {
      // Records the email the app sends through the Resend API.
      command: "node e2e/mail-recorder.mjs",
      url: `${MAIL_RECORDER_URL}/health`,
      reuseExistingServer: false,
      env: { MAIL_RECORDER_PORT: String(MAIL_RECORDER_PORT) },
    },
    {
      // Serves the production build (`next build` must have run) on a fresh database.
      command: "node scripts/e2e-server.mjs",
      url: `${E2E_BASE_URL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        NODE_OPTIONS: "",
        DATABASE_URL: E2E_DATABASE_URL,
        STORAGE_DIR: E2E_STORAGE_DIR,
        AUTH_SECRET: E2E_AUTH_SECRET,
        APP_URL: E2E_BASE_URL,
        RESEND_API_KEY: "re_e2e_recorder",
        RESEND_BASE_URL: MAIL_RECORDER_URL,
        PORT: String(E2E_PORT),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...E2E_LIMITS_ENV,
        ...E2E_SSO_ENV,
      },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
