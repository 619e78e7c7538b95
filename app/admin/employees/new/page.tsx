import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { listOrganizations } from "@/lib/accounts/queries";
import { PersonForm } from "@/components/admin/person-form";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.people"))("addTitle") };
}

export default async function NewPersonPage() {
  const viewer = await requireStaffPage();
  const [t, organizations] = await Promise.all([getTranslations("accounts.people"), listOrganizations()]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("addTitle")}</h1>
      <p className="text-sm text-slate-600">{t("addIntro")}</p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <PersonForm
          mode="create"
          // Most people added here are the company's own employees, in the portal's default language.
          initial={{ name: "", email: "", kind: "EMPLOYEE", role: "CUSTOMER", organizationName: "", phone: "", jobTitle: "", locale: DEFAULT_LOCALE }}
          organizations={organizations.map((o) => o.name)}
          canGrantStaffRoles={isAdmin(viewer)}
          cancelHref="/admin/employees"
        />
      </div>
    </div>
  );
}
