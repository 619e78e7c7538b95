import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listVersionChoices } from "@/lib/documents/queries";
import { listAssetChoices } from "@/lib/confirmations/queries";
import { pickedPerson } from "@/lib/documents/people";
import { CONFIRMATION_KINDS, type ConfirmationKindName } from "@/lib/confirmations/schema";
import { RequestForm } from "@/components/confirmations/request-form";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations.admin"))("addTitle") };
}

export default async function NewConfirmationPage({ searchParams }: { searchParams: Promise<{ kind?: string; email?: string; version?: string }> }) {
  const viewer = await requireStaffPage();
  const [t, versions, assets] = await Promise.all([getTranslations("confirmations.admin"), listVersionChoices(viewer), listAssetChoices(viewer)]);
  const search = await searchParams;
  const person = await pickedPerson(viewer, search.email);
  const kind = (CONFIRMATION_KINDS as readonly string[]).includes(search.kind ?? "") ? (search.kind as ConfirmationKindName) : "POLICY_TEXT";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/confirmations" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("addTitle")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <RequestForm
          versions={versions}
          assets={assets.map((a) => ({ id: a.id, label: `${a.tag} · ${a.name}${a.serialNumber ? ` · ${a.serialNumber}` : ""}` }))}
          initial={{ kind, recipients: person ? [person] : [], documentVersionId: versions.some((v) => v.id === search.version) ? search.version! : "" }}
        />
      </div>
    </div>
  );
}
