import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { CannedResponseForm } from "@/components/admin/desk/canned-form";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.canned"))("addTitle") };
}

export default async function NewCannedResponsePage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const t = await getTranslations("desk.canned");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("addTitle")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <CannedResponseForm initial={{ title: "", body: "", locale: "any", active: true }} />
      </div>
    </div>
  );
}
