import "server-only";
import { MessageCircle } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TileProvider } from "@/lib/portal/home";
import { unreadConversationCount } from "./queries";

/** The portal home's chat tile: the viewer's conversations with an answer they have not read. */
export const chatTile: TileProvider = {
  async summary(viewer) {
    const [t, unread] = await Promise.all([getTranslations("chat"), unreadConversationCount(viewer)]);
    return {
      key: "chat", title: t("home.title"), href: "/chat", icon: MessageCircle,
      lines: [unread ? t("home.unread", { count: unread }) : t("home.none")], badge: unread,
    };
  },
};
