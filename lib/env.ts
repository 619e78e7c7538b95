import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db-url";
import { parseTrustedProxies } from "./auth/trusted-proxies";

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
  // Reverse proxies whose X-Forwarded-For entries are believed (addresses or CIDR ranges, comma-separated).
  // Unset: the throttles count the address that connected. See lib/auth/client-ip.ts.
  TRUSTED_PROXIES: optionalText.superRefine((value, ctx) => {
    try {
      parseTrustedProxies(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  }),
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
  // Ticket attachments: the largest file accepted, in megabytes, and how many files one message may carry.
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).default(25),
  ATTACHMENT_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  // Images uploaded in the knowledge-base editor: the largest accepted, in megabytes.
  KB_IMAGE_MAX_MB: z.coerce.number().positive().max(100).default(5),
  // An S3-compatible bucket instead of STORAGE_DIR, used when S3_BUCKET is set.
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
});

export type Env = z.infer<typeof schema>;

const withS3Credentials = schema.refine((e) => !e.S3_BUCKET || (e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY), {
  message: "S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
  path: ["S3_BUCKET"],
});

function load(): Env {
  const parsed = withS3Credentials.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = load();
