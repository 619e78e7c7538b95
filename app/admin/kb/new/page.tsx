import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { ArticleEditor } from "@/components/admin/kb/article-editor";
import { KbSubnav } from "@/components/admin/kb/kb-subnav";
import { editorOptions } from "../editor-options";

export async function generateMetadata() {
  return { title: (await getTranslations("kb.admin"))("newArticle") };
}

export default async function NewArticlePage() {
  await requireStaffPage();
  const [t, locale] = await Promise.all([getTranslations("kb.admin"), getLocale()]);
  const options = await editorOptions(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("newArticle")}</h1>
      <KbSubnav />
      <ArticleEditor
        {...options}
        justSaved={false}
        initial={{ id: "", title: "", slug: "", body: "", locale, categoryId: "", state: "DRAFT", visibility: "PORTAL", organizationIds: [], translationOf: "" }}
      />
    </div>
  );
}
