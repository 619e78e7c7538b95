import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";

const statusTone: Record<TicketStatus, BadgeTone> = {
  NEW: "blue",
  OPEN: "violet",
  WAITING_FOR_CUSTOMER: "amber",
  RESOLVED: "green",
  CLOSED: "slate",
};

const levelTone: Record<Level, BadgeTone> = { LOW: "slate", MEDIUM: "blue", HIGH: "amber", CRITICAL: "red" };

export async function StatusBadge({ status }: { status: TicketStatus }) {
  const t = await getTranslations("tickets.status");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

export async function LevelBadge({ level }: { level: Level }) {
  const t = await getTranslations("tickets.level");
  return <Badge tone={levelTone[level]}>{t(level)}</Badge>;
}
