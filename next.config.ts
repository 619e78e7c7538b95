import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Messages are formatted from their precompiled form (lib/i18n/messages.ts compiles the catalogues on
// the server), so the browser never loads the ICU parser: about 10 kB gzip off every page (issue #10).
// This is the formatter of next-intl's `precompile` option; that option's catalogue loader is not
// used because Turbopack reads our `with { type: "json" }` imports as JSON after any loader.
const formatOnly = path.relative(process.cwd(), createRequire(path.join(process.cwd(), "package.json")).resolve("use-intl/format-message/format-only"));

const config: NextConfig = {
  turbopack: { resolveAlias: { "use-intl/format-message": `./${formatOnly}` } },
  // Native modules and database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "argon2", "pg", "pg-boss", "@prisma/adapter-pg", "@prisma/adapter-better-sqlite3", "pdfkit"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(config);
