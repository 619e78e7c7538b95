import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<string, BadgeTone> = { IN_STOCK: "slate", IN_USE: "blue", IN_REPAIR: "amber", RETIRED: "violet", LOST: "red" };

export async function AssetStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("assets");
  return <Badge tone={TONE[status] ?? "slate"}>{t(`status.${status}` as "status.IN_STOCK")}</Badge>;
}
