import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listMyTickets } from "@/lib/tickets/queries";
import { pageSchema } from "@/lib/tickets/schema";
import { buttonClass } from "@/components/ui/button-class";
import { Pagination } from "@/components/ui/pagination";
import { TicketList } from "@/components/tickets/ticket-list";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("myTickets") };
}

export default async function MyTicketsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireViewer();
  const page = pageSchema.parse((await searchParams).page);
  const [t, result] = await Promise.all([getTranslations("tickets"), listMyTickets(viewer, page)]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("myTickets")}</h1>
        <Link href="/tickets/new" className={buttonClass()}>
          {t("newTicket")}
        </Link>
      </div>
      <TicketList items={result.items} hrefBase="/tickets" />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        params={{}}
      />
    </div>
  );
}
