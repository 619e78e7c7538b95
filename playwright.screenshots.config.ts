import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screenshots` (after `next build`): the portal's home page with two brandings, phone and
// desktop, written to docs/screenshots/ by scripts/screenshots.spec.ts against the e2e server.
export default defineConfig({
  ...base,
  testDir: "scripts",
  testMatch: /screenshots\.spec\.ts/,
  globalSetup: undefined,
  retries: 0,
  workers: 1,
  projects: [{ name: "screenshots", use: { launchOptions: base.use?.launchOptions, locale: "en-US" } }],
});
