import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EmailStatus } from "@/generated/prisma-sqlite/enums";

const tone: Record<EmailStatus, BadgeTone> = { QUEUED: "amber", SENT: "green", FAILED: "red" };

export async function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const t = await getTranslations("email.outbox.statuses");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
