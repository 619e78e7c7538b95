import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma-sqlite/client";

// Who may read which article. The rule, in one place:
// - editors (agents and admins in the console) see every article, drafts included;
// - in the portal, staff read every published article;
// - a signed-in customer reads published PUBLIC and PORTAL articles that are not restricted to
//   organizations, or are restricted to theirs;
// - a visitor who is not signed in reads published PUBLIC unrestricted articles, and only when the
//   public knowledge base is on.
// INTERNAL articles and drafts never reach a customer or a visitor.

export type KbAudience =
  | { kind: "editor" }
  | { kind: "staff" }
  | { kind: "member"; organizationId: string | null }
  | { kind: "public" };

type ViewerLike = { role: "CUSTOMER" | "AGENT" | "ADMIN"; organizationId: string | null };
type KbSwitches = { kbEnabled: boolean; publicKbEnabled: boolean };

/** The portal audience of a viewer (null: signed out), or null when the knowledge base is closed to them. */
export function portalAudience(viewer: ViewerLike | null, settings: KbSwitches): KbAudience | null {
  if (!settings.kbEnabled) return null;
  if (!viewer) return settings.publicKbEnabled ? { kind: "public" } : null;
  if (isStaff(viewer)) return { kind: "staff" };
  return { kind: "member", organizationId: viewer.organizationId };
}

/** The console audience: staff only. */
export function editorAudience(viewer: ViewerLike | null): KbAudience | null {
  return viewer && isStaff(viewer) ? { kind: "editor" } : null;
}

export function visibleArticlesWhere(audience: KbAudience): Prisma.KbArticleWhereInput {
  switch (audience.kind) {
    case "editor":
      return {};
    case "staff":
      return { state: "PUBLISHED" };
    case "public":
      return { state: "PUBLISHED", visibility: "PUBLIC", organizations: { none: {} } };
    case "member":
      return {
        state: "PUBLISHED",
        visibility: { in: ["PUBLIC", "PORTAL"] },
        OR: [
          { organizations: { none: {} } },
          ...(audience.organizationId ? [{ organizations: { some: { organizationId: audience.organizationId } } }] : []),
        ],
      };
  }
}
