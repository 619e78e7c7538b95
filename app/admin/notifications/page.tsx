import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/service";
import { markAllReadAction } from "@/lib/notifications/actions";
import { EmptyState } from "@/components/ui/empty-state";
import { SubmitButton } from "@/components/ui/button";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await requireStaffPage();
  const [t, format, items] = await Promise.all([getTranslations("notifications"), getFormatter(), listNotifications(viewer)]);
  const unread = items.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {unread ? (
          <form action={markAllReadAction}>
            <SubmitButton pendingLabel={t("marking")} variant="secondary">{t("markAllRead")}</SubmitButton>
          </form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`border-l-4 px-4 py-3 text-sm ${n.readAt ? "border-transparent" : "border-brand"}`}>
              <Link href={`/admin/tickets/${n.ticket.id}`} className="font-medium text-brand hover:underline">
                {t(`type.${n.type}`, { actor: n.actorName ?? "—", id: n.ticket.id })}
              </Link>
              {n.readAt ? null : <span className="ml-2 rounded bg-blue-100 px-1.5 text-xs text-blue-800">{t("unread")}</span>}
              <span className="block break-words text-slate-700">{n.ticket.subject}</span>
              <span className="block text-xs text-slate-500">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
