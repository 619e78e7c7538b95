import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { listMyTickets } from "@/lib/tickets/queries";
import { buttonClass } from "@/components/ui/button-class";
import { TicketList } from "@/components/tickets/ticket-list";

export default async function PortalHome() {
  const viewer = await requireViewer();
  if (isStaff(viewer)) redirect("/admin");
  const [t, recent] = await Promise.all([getTranslations("portal"), listMyTickets(viewer, { page: 1 })]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("welcome", { name: viewer.name })}</h1>
        <Link href="/tickets/new" className={buttonClass()}>
          {t("nav.newTicket")}
        </Link>
      </div>
      <section className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t("recentTickets")}</h2>
          <Link href="/tickets" className="text-sm text-brand hover:underline">
            {t("allTickets")}
          </Link>
        </div>
        <TicketList items={recent.items.slice(0, 5)} hrefBase="/tickets" />
      </section>
    </div>
  );
}
