import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db-url";

// An empty variable counts as unset.
const unsetIfBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);
const optionalText = unsetIfBlank(z.string().trim().optional());
// A comma-separated list of email domains, lower-cased; empty when unset.
const domainList = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean));
// A directory (tenant) id. Names such as common, organizations or consumers are multi-tenant and refused.
const tenantId = unsetIfBlank(
  z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be the directory (tenant) id, a GUID")
    .optional(),
);
const entraIssuer = unsetIfBlank(
  z
    .string()
    .url()
    .refine((url) => !/\/(common|organizations|consumers)(\/|$)/i.test(new URL(url).pathname), "must name one tenant, not a multi-tenant endpoint")
    .optional(),
);

// The one place that reads process.env. Everything optional has an embedded default, so a fresh
// install runs with no configuration at all (SQLite, local files, the mail outbox).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().default("Portico <portico@localhost>"),
  STORAGE_DIR: z.string().default("./data/files"),
  // Single sign-on. Each provider is on only when its id and secret are set (and, for Microsoft,
  // its tenant). The *_ISSUER variables point a provider at another OpenID Connect issuer (tests).
  AUTH_MICROSOFT_ENTRA_ID_ID: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: tenantId,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: entraIssuer,
  AUTH_MICROSOFT_ENTRA_ID_AUTO_CREATE_DOMAINS: domainList,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  AUTH_GOOGLE_ISSUER: unsetIfBlank(z.string().url().optional()),
  AUTH_GOOGLE_AUTO_CREATE_DOMAINS: domainList,
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = load();
