import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listAnnouncements } from "@/lib/announcements/queries";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata() {
  return { title: (await getTranslations("announcements"))("title") };
}

const tone = { INFO: "blue", WARNING: "amber", OUTAGE: "red" } as const;

/** Announcements for the portal: admins only (agents get a 404 like customers). */
export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<{ page?: string; saved?: string; deleted?: string }> }) {
  const viewer = await requireStaffPage();
  const search = await searchParams;
  const list = await listAnnouncements(viewer, { page: Number(search.page) || 1 });
  if (!list) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale()]);
  const now = new Date();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/announcements/new" className={buttonClass()}>{t("add")}</Link>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {search.saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      {search.deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      {list.items.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="announcements">
          {list.items.map((a) => {
            const state = a.endsAt <= now ? "ended" : a.startsAt > now ? "scheduled" : "running";
            return (
              <li key={a.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={tone[a.severity]}>{t(`severity.${a.severity}`)}</Badge>
                  <Badge tone={state === "running" ? "green" : "slate"}>{t(`state.${state}`)}</Badge>
                  <span className="text-sm text-slate-600">{t("period", { start: when(a.startsAt), end: when(a.endsAt) })}</span>
                </div>
                <Link href={`/admin/announcements/${a.id}`} className="block break-words font-medium text-brand underline-offset-2 hover:underline">
                  {locale === "es" ? a.messageEs : a.messageEn}
                </Link>
                <p className="text-xs text-slate-600">{t("dismissedBy", { count: a._count.dismissals })}</p>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={{}} />
    </div>
  );
}
