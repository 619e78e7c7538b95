import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { getOrganization } from "@/lib/organizations/queries";
import { OrganizationForm } from "@/components/admin/organization-form";

export async function generateMetadata() {
  return { title: (await getTranslations("organizations"))("title") };
}

/** One organization: admins edit it; agents read it. */
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const [t, organization] = await Promise.all([getTranslations("organizations"), getOrganization(viewer, (await params).id)]);
  if (!organization) notFound();
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
    </div>
  );
}
