import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-class";

/** From a person's record to a ticket opened on their behalf, with them already chosen. */
export async function NewTicketForPerson({ personId }: { personId: string }) {
  const t = await getTranslations("requestTypes.onBehalf");
  return (
    <Link href={`/admin/tickets/new?requester=${encodeURIComponent(personId)}`} className={buttonClass("secondary")}>
      {t("forThisPerson")}
    </Link>
  );
}
