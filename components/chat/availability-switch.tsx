"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { availabilityAction } from "@/lib/chat/actions";

/** Online / away: what the portal tells customers before they write. */
export function AvailabilitySwitch({ current }: { current: "ONLINE" | "AWAY" }) {
  const t = useTranslations("chat.console");
  const [result, action] = useActionState(availabilityAction, null);
  const now = result?.ok ? result.data.availability : current;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t("availability")}:</span>
      <Badge tone={now === "ONLINE" ? "green" : "slate"}>
        <span data-testid="availability">{t(now)}</span>
      </Badge>
      <input type="hidden" name="availability" value={now === "ONLINE" ? "AWAY" : "ONLINE"} />
      <SubmitButton pendingLabel="…" variant="secondary">{now === "ONLINE" ? t("setAway") : t("setOnline")}</SubmitButton>
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
    </form>
  );
}
