import { useTranslations } from "next-intl";
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

// Plain (not async) server components: a list draws two per row, and each async component is a
// task of its own for React to schedule and a chunk of its own in the page's payload.
export function StatusBadge({ status }: { status: TicketStatus }) {
  const t = useTranslations("tickets.status");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

export function LevelBadge({ level }: { level: Level }) {
  const t = useTranslations("tickets.level");
  return <Badge tone={levelTone[level]}>{t(level)}</Badge>;
}
