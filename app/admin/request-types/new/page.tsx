import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestTypeForm } from "@/components/admin/request-types/type-form";
import { requireAdminPage } from "../admin-page";

export async function generateMetadata() {
  return { title: (await getTranslations("requestTypes"))("title") };
}

export default async function NewRequestTypePage() {
  await requireAdminPage();
  const t = await getTranslations("requestTypes");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/request-types" className="text-sm text-brand hover:underline">← {t("title")}</Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <RequestTypeForm />
    </div>
  );
}
