// `npm run db:migration <NNNN_name> [-- --from <git ref>]`: writes the migration for both
// providers from your change to prisma/models.prisma. It writes the per-provider schemas, then for
// each provider the SQL that takes the schema as committed at <git ref> (default HEAD) to the new
// one (`prisma migrate diff` between schema files: no database is introspected, so the
// hand-written full-text objects of earlier migrations stay out of it), then regenerates the
// clients. Review the SQL: on shared tables only nullable or defaulted new columns.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateClients } from "./db.mjs";

const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const from = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
const name = args.find((a, i) => !a.startsWith("--") && (fromIndex < 0 || i !== fromIndex + 1));
if (!name || !/^[0-9]{4}_[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration NNNN_short_name [-- --from <git ref>]   (e.g. 0013_assets; the number your team assigned)");
  process.exit(2);
}

// The CLI opens its adapter even to compare two files: any reachable database of the kind will do.
const work = mkdtempSync(path.join(tmpdir(), "portico-migration-"));
const providers = {
  sqlite: `file:${path.join(work, "diff.db")}`,
  postgresql: process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};
const prisma = path.join("node_modules", ".bin", "prisma");
execFileSync(process.execPath, ["scripts/db-schemas.mjs"], { stdio: "inherit" });

try {
  for (const [provider, url] of Object.entries(providers)) {
    const dir = path.join("prisma", provider, "migrations");
    if (readdirSync(dir).some((d) => d === name)) throw new Error(`${dir}/${name} exists already`);
    const old = path.join(work, `${provider}.prisma`);
    writeFileSync(old, execFileSync("git", ["show", `${from}:prisma/${provider}/schema.prisma`], { encoding: "utf8" }));
    const sql = execFileSync(
      prisma,
      ["migrate", "diff", "--from-schema-datamodel", old, "--to-schema-datamodel", path.join("prisma", provider, "schema.prisma"), "--script"],
      { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    if (/^-- This is an empty migration\./m.test(sql) || !sql.trim()) throw new Error(`no change to the ${provider} schema since ${from}: edit prisma/models.prisma first`);
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
    console.log(`wrote ${path.join(dir, name, "migration.sql")}`);
  }
  generateClients();
  console.log("Clients regenerated. Apply with `npm run db:migrate`; test/migrations.test.ts checks the result.");
} catch (error) {
  console.error(`db:migration: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
