import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listCategories } from "@/lib/kb/queries";
import { KbSubnav } from "@/components/admin/kb/kb-subnav";
import { CategoryForm, DeleteCategoryButton } from "@/components/admin/kb/category-forms";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("kb.admin"))("categoriesTitle") };
}

export default async function KbCategoriesPage() {
  await requireStaffPage();
  const [t, categories] = await Promise.all([getTranslations("kb.admin"), listCategories()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("categoriesTitle")}</h1>
      <KbSubnav />
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("newCategory")}</h2>
        <CategoryForm />
      </section>
      {categories.length === 0 ? (
        <EmptyState title={t("categoriesEmpty")} />
      ) : (
        <ul className="space-y-3" data-testid="kb-admin-categories">
          {categories.map((c) => (
            <li key={c.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">{c.nameEn} · {t("categoryArticles", { count: c._count.articles })}</p>
              <CategoryForm category={c} />
              {c._count.articles === 0 ? <DeleteCategoryButton id={c.id} name={c.nameEn} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
