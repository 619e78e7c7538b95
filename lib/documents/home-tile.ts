import "server-only";
import { FileText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TileProvider } from "@/lib/portal/home";
import { myDocumentChanges } from "./queries";

/** The portal home's documents tile: the viewer's documents that are new or updated since they opened them. */
export const documentsTile: TileProvider = {
  async summary(viewer) {
    const [t, changes] = await Promise.all([getTranslations("documents"), myDocumentChanges(viewer)]);
    const lines: string[] = [];
    if (changes.new) lines.push(t("home.new", { count: changes.new }));
    if (changes.updated) lines.push(t("home.updated", { count: changes.updated }));
    if (!lines.length) lines.push(t("home.none"));
    return { key: "documents", title: t("home.title"), href: "/documents", icon: FileText, lines, badge: changes.new + changes.updated };
  },
};
