import "server-only";
import { StickyNote } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TileProvider } from "@/lib/portal/home";
import { unreadNoteCount } from "./queries";

/** The portal home's notes tile: the viewer's notes not yet read in their current text. */
export const notesTile: TileProvider = {
  async summary(viewer) {
    const [t, unread] = await Promise.all([getTranslations("notes"), unreadNoteCount(viewer)]);
    return {
      key: "notes", title: t("home.title"), href: "/notes", icon: StickyNote,
      lines: [unread ? t("home.unread", { count: unread }) : t("home.none")], badge: unread,
    };
  },
};
