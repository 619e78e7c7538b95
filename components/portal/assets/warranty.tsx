import { getTranslations } from "next-intl/server";
import { warrantyState } from "@/lib/assets/schema";
import { Badge } from "@/components/ui/badge";

/** In warranty, ends in N days, ended, or not recorded. */
export async function WarrantyBadge({ end }: { end: Date | null }) {
  const t = await getTranslations("assets.portal");
  const state = warrantyState(end);
  if (state.kind === "none") return <span className="text-slate-500">{t("warrantyNone")}</span>;
  if (state.kind === "ended") return <Badge tone="red">{t("warrantyEnded")}</Badge>;
  if (state.kind === "endsSoon") return <Badge tone="amber">{t("warrantyEndsSoon", { days: state.days })}</Badge>;
  return <Badge tone="green">{t("warrantyIn")}</Badge>;
}
