import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function KbSubnav() {
  const t = await getTranslations("kb.admin");
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("title")} className="flex flex-wrap gap-2">
      <Link href="/admin/kb" className={link}>{t("title")}</Link>
      <Link href="/admin/kb/new" className={link}>{t("newArticle")}</Link>
      <Link href="/admin/kb/categories" className={link}>{t("categories")}</Link>
      <Link href="/admin/kb/report" className={link}>{t("report")}</Link>
    </nav>
  );
}
