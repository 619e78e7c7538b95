import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequesterCard as Card } from "@/lib/tickets/requester-queries";
import { StatusBadge } from "@/components/tickets/badges";

/** The requester beside a ticket: who they are, how to reach them, what else they have open. */
export async function RequesterCard({ card, urgencyNote }: { card: Card; urgencyNote: string }) {
  const t = await getTranslations("desk.card");
  const { requester, otherOpen, otherOpenCount } = card;
  const more = otherOpenCount - otherOpen.length;
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-labelledby="requester-card-title" data-testid="requester-card">
      <div>
        <h2 id="requester-card-title" className="font-semibold">{t("title")}</h2>
        <p className="mt-1 font-medium">{requester.name}</p>
        {requester.jobTitle ? <p className="text-slate-600">{requester.jobTitle}</p> : null}
        {requester.organization ? <p className="text-slate-600">{requester.organization.name}</p> : null}
      </div>
      <dl className="space-y-1">
        <div>
          <dt className="sr-only">{t("email")}</dt>
          <dd><a href={`mailto:${requester.email}`} className="break-all text-brand hover:underline">{requester.email}</a></dd>
        </div>
        {requester.phone ? (
          <div>
            <dt className="sr-only">{t("phone")}</dt>
            <dd><a href={`tel:${requester.phone.replace(/[^\d+]/g, "")}`} className="text-brand hover:underline">{requester.phone}</a></dd>
          </div>
        ) : null}
      </dl>
      <Link href={`/admin/employees/${requester.id}`} className="inline-block text-brand hover:underline">{t("viewRecord")}</Link>
      <p className="text-slate-500">{urgencyNote}</p>
      <div>
        <h3 className="font-medium">{t("otherOpen")}</h3>
        {otherOpen.length === 0 ? (
          <p className="text-slate-500">{t("noOtherOpen")}</p>
        ) : (
          <ul className="mt-1 space-y-2" data-testid="requester-other-tickets">
            {otherOpen.map((ticket) => (
              <li key={ticket.id} className="space-y-0.5">
                <Link href={`/admin/tickets/${ticket.id}`} className="break-words text-brand hover:underline">
                  <span className="text-slate-500">#{ticket.id}</span> {ticket.subject}
                </Link>
                <div><StatusBadge status={ticket.status} /></div>
              </li>
            ))}
          </ul>
        )}
        {more > 0 ? (
          <Link href={`/admin?requester=${encodeURIComponent(requester.id)}`} className="mt-2 inline-block text-brand hover:underline">
            {t("more", { count: more })}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
