import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { getOrganization, getOrganizationContents, ORGANIZATION_LIST_LIMIT } from "@/lib/organizations/queries";
import { StatusBadge } from "@/components/tickets/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { OrganizationForm } from "@/components/admin/organization-form";

export async function generateMetadata() {
  return { title: (await getTranslations("organizations"))("title") };
}

/** One organization: admins edit it; agents read it. */
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const [t, organization] = await Promise.all([getTranslations("organizations"), getOrganization(viewer, (await params).id)]);
  if (!organization) notFound();
  const [contents, tl, format] = await Promise.all([getOrganizationContents(viewer, organization.id), getTranslations("agentDesk"), getFormatter()]);
  if (!contents) notFound();
  const section = "space-y-2 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/admin/organizations" className="text-sm text-brand hover:underline">← {t("title")}</Link>
      <h1 className="break-words text-2xl font-semibold">{organization.name}</h1>
      <p className="text-sm text-slate-600">
        {t("membersCount", { count: organization._count.members })} · {t("ticketsCount", { count: organization._count.tickets })}
      </p>
      {isAdmin(viewer) ? (
        <OrganizationForm
          id={organization.id}
          initial={{ name: organization.name, kind: organization.kind, shareTickets: organization.shareTickets }}
        />
      ) : (
        <dl className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <div><dt className="text-slate-600">{t("kind")}</dt><dd>{t(`kinds.${organization.kind}`)}</dd></div>
          <div><dt className="text-slate-600">{t("shareTickets")}</dt><dd>{organization.shareTickets ? t("on") : t("off")}</dd></div>
        </dl>
      )}
      <section className={section} aria-labelledby="org-members">
        <h2 id="org-members" className="font-semibold">{tl("orgMembers")}</h2>
        {contents.members.length === 0 ? (
          <EmptyState title={tl("orgNoMembers")} />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="org-members">
            {contents.members.map((m) => (
              <li key={m.id} className="py-2">
                <Link href={`/admin/employees/${m.id}`} className="font-medium text-brand hover:underline">{m.name}</Link>
                <span className="block break-all text-slate-500">{m.email}{m.jobTitle ? ` · ${m.jobTitle}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
        {organization._count.members > ORGANIZATION_LIST_LIMIT ? (
          <p className="text-sm text-slate-600">{tl("orgMore", { shown: ORGANIZATION_LIST_LIMIT, total: organization._count.members })}</p>
        ) : null}
      </section>
      <section className={section} aria-labelledby="org-tickets">
        <h2 id="org-tickets" className="font-semibold">{tl("orgTickets")}</h2>
        {contents.tickets.length === 0 ? (
          <EmptyState title={tl("orgNoTickets")} />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="org-tickets">
            {contents.tickets.map((ticket) => (
              <li key={ticket.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link href={`/admin/tickets/${ticket.id}`} className="min-w-0 break-words font-medium text-brand hover:underline">
                  #{ticket.id} {ticket.subject}
                </Link>
                <StatusBadge status={ticket.status} />
                <span className="w-full text-slate-500">{ticket.requester.name} · {format.dateTime(ticket.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/admin?view=open&organization=${organization.id}`} className="inline-block text-sm text-brand hover:underline">{tl("orgOpenInQueue")}</Link>
      </section>
    </div>
  );
}
