import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { IMPORT_MAX_ROWS } from "@/lib/assets/csv";
import { AssetImport } from "@/components/admin/assets/asset-import";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("importPage.title") };
}

export default async function ImportAssetsPage() {
  await requireStaffPage();
  const t = await getTranslations("assets");
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href="/admin/assets" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("importPage.title")}</h1>
      <p className="text-sm text-slate-600">{t("importPage.intro", { max: IMPORT_MAX_ROWS })}</p>
      <AssetImport />
    </div>
  );
}
