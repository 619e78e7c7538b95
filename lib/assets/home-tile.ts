import "server-only";
import { Laptop } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TileProvider } from "@/lib/portal/home";
import { myAssetCount } from "./queries";

/** The portal home's assets tile: how many assets the viewer holds now (nothing to act on, so no badge). */
export const assetsTile: TileProvider = {
  async summary(viewer) {
    const [t, held] = await Promise.all([getTranslations("assets"), myAssetCount(viewer)]);
    return { key: "assets", title: t("home.title"), href: "/assets", icon: Laptop, lines: [t("home.held", { count: held })] };
  },
};
