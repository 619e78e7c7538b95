import path from "node:path";

// What the browser tests and the server they drive share: one throw-away database, dropped and
// re-created by scripts/e2e-server.mjs at each run. SQLite by default, `npm test` in CI included;
// PostgreSQL with E2E_DATABASE=postgresql.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ON_POSTGRES = process.env.E2E_DATABASE === "postgresql";
const postgresBase = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/portico_vitest";
export const E2E_DATABASE_URL = E2E_ON_POSTGRES
  ? `${postgresBase.replace(/\/[^/]*$/, "")}/portico_e2e_${E2E_PORT}`
  : `file:${path.join(".test-data", `e2e-${E2E_PORT}.db`)}`;
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
export const MAIL_RECORDER_PORT = E2E_PORT + 50;
export const MAIL_RECORDER_URL = `http://127.0.0.1:${MAIL_RECORDER_PORT}`;

// The local OpenID Connect providers the single sign-on tests sign in at (e2e/sso/identity-provider.ts),
// standing in for Microsoft Entra ID and Google. The server gets them through the AUTH_* variables.
export const E2E_ENTRA = {
  issuer: `http://127.0.0.1:${Number(process.env.E2E_IDP_PORT ?? E2E_PORT + 1)}`,
  clientId: "portico-e2e-entra",
  clientSecret: "e2e-entra-client-secret-e2e-entra-client-secret",
};
export const E2E_GOOGLE = {
  issuer: `http://127.0.0.1:${Number(process.env.E2E_IDP_PORT ?? E2E_PORT + 1) + 1}`,
  clientId: "portico-e2e-google",
  clientSecret: "e2e-google-client-secret-e2e-google-client-secret",
};

/** What the server needs to offer both providers, pointed at the local ones. */
export const E2E_SSO_ENV = {
  AUTH_MICROSOFT_ENTRA_ID_ID: E2E_ENTRA.clientId,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: E2E_ENTRA.clientSecret,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: E2E_ENTRA.issuer,
  AUTH_GOOGLE_ID: E2E_GOOGLE.clientId,
  AUTH_GOOGLE_SECRET: E2E_GOOGLE.clientSecret,
  AUTH_GOOGLE_ISSUER: E2E_GOOGLE.issuer,
};

export const E2E_STORAGE_DIR = path.join(".test-data", `e2e-files-${E2E_PORT}`);

/**
 * Upload limits below the defaults (25 MB a file, 10 files, 5 MB a KB image), for the server and
 * for the specs that read them: a body sent past a limit is then 20-odd MB, not 270.
 */
export const E2E_LIMITS_ENV = { ATTACHMENT_MAX_MB: "2", ATTACHMENT_MAX_FILES: "3", KB_IMAGE_MAX_MB: "2" };
