import "server-only";
import { ClipboardCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TileProvider } from "@/lib/portal/home";
import { pendingConfirmationCount } from "./queries";

/** The portal home's confirmations tile: the requests that wait for the viewer's answer. */
export const confirmationsTile: TileProvider = {
  async summary(viewer) {
    const [t, pending] = await Promise.all([getTranslations("confirmations"), pendingConfirmationCount(viewer)]);
    return {
      key: "confirmations", title: t("home.title"), href: "/confirmations", icon: ClipboardCheck,
      lines: [t("home.pending", { count: pending })], badge: pending,
    };
  },
};
