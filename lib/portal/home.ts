import "server-only";
import type { LucideIcon } from "lucide-react";
import { LifeBuoy, BookOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { myTicketSummary } from "@/lib/tickets/summary";
import { chatTile } from "@/lib/chat/home-tile";
import { assetsTile } from "@/lib/assets/home-tile";
import { documentsTile } from "@/lib/documents/home-tile";
import { notesTile } from "@/lib/notes/home-tile";
import { confirmationsTile } from "@/lib/confirmations/home-tile";
import { PORTAL_MODULES, portalModulesFor, type PortalModule } from "./modules";

/**
 * A tile on the portal's home page: one area of the portal and what waits there for this person.
 * `lines` are short, translated sentences ("2 open", "1 new reply"); `badge` is the number that
 * asks for attention (shown prominently, omitted when 0).
 */
export type HomeTile = { key: string; title: string; href: string; icon: LucideIcon; lines: string[]; badge?: number };

/** Builds one tile for a person; runs only when the tile's area is on for them. */
export type TileProvider = { summary: (viewer: Pick<Viewer, "id" | "role">) => Promise<HomeTile> };

// Tiles of the areas every portal has (the knowledge base has its own global switch).
const ticketsTile: TileProvider = {
  async summary(viewer) {
    const [t, counts] = await Promise.all([getTranslations("look"), myTicketSummary(viewer)]);
    const lines = [t("home.ticketsOpen", { count: counts.open })];
    if (counts.newReplies) lines.push(t("home.ticketsNewReplies", { count: counts.newReplies }));
    if (counts.waitingForMe) lines.push(t("home.ticketsWaiting", { count: counts.waitingForMe }));
    return { key: "tickets", title: t("home.ticketsTitle"), href: "/tickets", icon: LifeBuoy, lines, badge: counts.newReplies + counts.waitingForMe };
  },
};

const kbTile: TileProvider = {
  async summary() {
    const t = await getTranslations("look");
    return { key: "kb", title: t("home.kbTitle"), href: "/kb", icon: BookOpen, lines: [t("home.kbText")] };
  },
};

/**
 * The optional modules' tiles, keyed by module (lib/portal/modules.ts): a module's tile appears
 * only when portalModulesFor(person) has it on (the global switch and the person's Portal-tab
 * option). Each module adds its provider here, e.g. `chat: chatTile` from lib/chat/home-tile.ts.
 */
export const MODULE_TILES: Partial<Record<PortalModule, TileProvider>> = {
  chat: chatTile,
  assets: assetsTile,
  documents: documentsTile,
  notes: notesTile,
  confirmations: confirmationsTile,
};

/** The home page's tiles for this person, in a fixed order: tickets, knowledge base, then modules. */
export async function homeTilesFor(viewer: Pick<Viewer, "id" | "role">): Promise<HomeTile[]> {
  const [settings, modules] = await Promise.all([getPortalSettings(), portalModulesFor(viewer.id)]);
  const providers: TileProvider[] = [ticketsTile, ...(settings.kbEnabled ? [kbTile] : [])];
  for (const name of PORTAL_MODULES) {
    const provider = MODULE_TILES[name];
    if (provider && modules[name]) providers.push(provider);
  }
  return Promise.all(providers.map((p) => p.summary(viewer)));
}
