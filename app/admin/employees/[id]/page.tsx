import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { canManagePerson } from "@/lib/accounts/access";
import { getPerson, listOrganizations } from "@/lib/accounts/queries";
import { PersonForm } from "@/components/admin/person-form";
import { PortalTab } from "@/components/admin/portal-tab";
import { LinkedAccounts } from "@/components/admin/linked-accounts";
import { listLinkedAccounts } from "@/lib/auth/sso/linked-accounts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { NewTicketForPerson } from "@/components/admin/new-ticket-for-person";
import { PersonAssetsTab } from "@/components/admin/assets/person-assets-tab";

type Search = { tab?: string; edit?: string; saved?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("accounts"))("people.title") };
}

/**
 * A user record: its properties panel with the Details and Portal tabs. Edit mode (?edit=1) is
 * a link, so it survives a reload and works without JavaScript.
 */
export default async function PersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const viewer = await requireStaffPage();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const person = await getPerson(viewer, id);
  if (!person) notFound();
  const [t, format, organizations, ta] = await Promise.all([getTranslations("accounts.people"), getFormatter(), listOrganizations(), getTranslations("assets.personTab")]);
  const manageable = canManagePerson(viewer, person);
  const editing = manageable && search.edit === "1";
  const tab = search.tab === "portal" ? "portal" : search.tab === "assets" ? "assets" : "details";
  const linkedAccounts = tab === "portal" ? await listLinkedAccounts(viewer, person.id) : null;
  const base = `/admin/employees/${person.id}`;
  const href = (next: { tab?: string; edit?: boolean }) => {
    const q = new URLSearchParams();
    if ((next.tab ?? tab) !== "details") q.set("tab", next.tab ?? tab);
    if (next.edit ?? editing) q.set("edit", "1");
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const tabClass = (active: boolean) =>
    `border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand text-brand" : "border-transparent text-slate-600 hover:text-slate-900"}`;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-2 py-2 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="col-span-2 break-words">{value || "—"}</dd>
    </div>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/employees" className="text-sm text-brand hover:underline">← {t("title")}</Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{person.name}</h1>
          <p className="break-all text-sm text-slate-600">{person.email}</p>
        </div>
        {manageable ? (
          editing ? (
            <Link href={href({ edit: false })} className={buttonClass("secondary")}>{t("leaveEdit")}</Link>
          ) : (
            <Link href={href({ edit: true })} className={buttonClass()}>{t("edit")}</Link>
          )
        ) : (
          <Badge>{t("readOnly")}</Badge>
        )}
      </div>
      {search.saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <NewTicketForPerson personId={person.id} />
      <div className="rounded-lg border border-slate-200 bg-white">
        <nav aria-label={t("tabs")} className="flex gap-2 border-b border-slate-200 px-3">
          <Link href={href({ tab: "details" })} className={tabClass(tab === "details")} aria-current={tab === "details" ? "page" : undefined}>{t("detailsTab")}</Link>
          <Link href={href({ tab: "portal" })} className={tabClass(tab === "portal")} aria-current={tab === "portal" ? "page" : undefined}>{t("portalTab")}</Link>
          <Link href={href({ tab: "assets", edit: false })} className={tabClass(tab === "assets")} aria-current={tab === "assets" ? "page" : undefined}>{ta("title")}</Link>
        </nav>
        <div className="p-4 sm:p-6">
          {tab === "assets" ? (
            <PersonAssetsTab viewer={viewer} personId={person.id} />
          ) : tab === "details" ? (
            editing ? (
              <PersonForm
                mode="edit"
                userId={person.id}
                initial={{
                  name: person.name,
                  email: person.email,
                  kind: person.kind,
                  role: person.role,
                  organizationName: person.organization?.name ?? "",
                  phone: person.phone ?? "",
                  jobTitle: person.jobTitle ?? "",
                  locale: person.locale === "en" ? "en" : "es",
                }}
                organizations={organizations.map((o) => o.name)}
                canGrantStaffRoles={isAdmin(viewer)}
                cancelHref={href({ edit: false })}
              />
            ) : (
              <dl className="divide-y divide-slate-100">
                {row(t("kind"), t(`kinds.${person.kind}`))}
                {row(t("role"), t(`roles.${person.role}`))}
                {row(t("organization"), person.organization?.name)}
                {row(t("phone"), person.phone)}
                {row(t("jobTitle"), person.jobTitle)}
                {row(t("language"), person.locale === "en" ? "English" : "Español")}
                {row(t("created"), format.dateTime(person.createdAt, { dateStyle: "medium" }))}
              </dl>
            )
          ) : (
            <div className="space-y-4">
              <dl className="divide-y divide-slate-100">
                {row(t("lastSignIn"), person.lastSignInAt ? format.dateTime(person.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never"))}
                {row(t("activeSessions"), String(person._count.sessions))}
                {row(t("mustChange"), person.mustChangePassword ? t("yes") : t("no"))}
              </dl>
              <PortalTab
                userId={person.id}
                email={person.email}
                editing={editing}
                portalAccess={person.portalAccess}
                options={person.portalOptions ?? { showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true }}
              />
              {linkedAccounts ? <LinkedAccounts accounts={linkedAccounts} canUnlink={manageable} /> : null}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
