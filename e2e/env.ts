import path from "node:path";

// What the browser tests and the server they drive share: one throw-away SQLite database.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_URL = `file:${path.join(".test-data", `e2e-${E2E_PORT}.db`)}`;
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
export const E2E_STORAGE_DIR = path.join(".test-data", `e2e-files-${E2E_PORT}`);
