import "server-only";
import { listCategories, listOrganizations, listTranslationCandidates } from "@/lib/kb/queries";
import { kbImageMessageValues } from "@/lib/kb/images";
import { categoryName } from "@/components/tickets/category-name";

/** The choices the article editor offers, in the editor's language. */
export async function editorOptions(locale: string, articleId?: string) {
  const [categories, organizations, candidates] = await Promise.all([listCategories(), listOrganizations(), listTranslationCandidates(articleId)]);
  return {
    categories: categories.map((c) => ({ id: c.id, label: categoryName(c, locale) })),
    organizations: organizations.map((o) => ({ id: o.id, label: o.name })),
    translationCandidates: candidates.map((c) => ({ id: c.id, label: `${c.title} (${c.locale.toUpperCase()})` })),
    imageMaxMb: kbImageMessageValues().maxMb,
  };
}
