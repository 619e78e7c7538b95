import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { listOrganizations } from "@/lib/accounts/queries";
import { PersonForm } from "@/components/admin/person-form";

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
          initial={{ name: "", email: "", kind: "CUSTOMER", role: "CUSTOMER", organizationName: "", phone: "", jobTitle: "", locale: "es" }}
          organizations={organizations.map((o) => o.name)}
          canGrantStaffRoles={isAdmin(viewer)}
          cancelHref="/admin/employees"
        />
      </div>
    </div>
  );
}
