import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db-url";

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
  // Ticket attachments: the largest file accepted, in megabytes, and how many files one message may carry.
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).default(25),
  ATTACHMENT_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
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
