import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { DOCUMENT_MAX_MB } from "@/lib/documents/schema";
import { DocumentUploadForm } from "@/components/documents/upload-form";

export async function generateMetadata() {
  return { title: (await getTranslations("documents.admin"))("addTitle") };
}

export default async function NewDocumentPage() {
  await requireStaffPage();
  const t = await getTranslations("documents.admin");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/documents" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("addTitle")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <DocumentUploadForm maxMb={DOCUMENT_MAX_MB} />
      </div>
    </div>
  );
}
