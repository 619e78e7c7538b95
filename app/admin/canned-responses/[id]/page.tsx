import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { getCannedResponse } from "@/lib/canned/queries";
import { CannedResponseForm, DeleteCannedResponse } from "@/components/admin/desk/canned-form";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.canned"))("editTitle") };
}

export default async function EditCannedResponsePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const canned = await getCannedResponse(viewer, (await params).id);
  if (!canned) notFound();
  const t = await getTranslations("desk.canned");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="break-words text-2xl font-semibold">{t("editTitle")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <CannedResponseForm id={canned.id} initial={{ title: canned.title, body: canned.body, locale: canned.locale, active: canned.active }} />
      </div>
      <DeleteCannedResponse id={canned.id} title={canned.title} />
    </div>
  );
}
