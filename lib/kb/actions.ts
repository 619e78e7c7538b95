"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { getPortalSettings } from "@/lib/settings/queries";
import { editorAudience, portalAudience } from "./access";
import { renderArticleHtml } from "./markdown";
import { searchArticles, type Segment } from "./search";
import { BODY_MAX, QUERY_MAX } from "./schema";
import { deleteCategory, giveFeedback, recordSuggestionOpen, saveArticle, saveCategory } from "./service";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// Thin wrappers: read the input, find the viewer, let the service decide.

export async function giveFeedbackAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  const helpful = field(form, "helpful");
  if (helpful !== "yes" && helpful !== "no") return translateResult("kb", fail("errors.invalid", { helpful: ["feedback.choose"] }));
  const result = await giveFeedback(viewer, { articleId: field(form, "articleId") ?? "", helpful: helpful === "yes", comment: field(form, "comment") ?? "" });
  return translateResult("kb", result);
}

export type Suggestion = { id: string; slug: string; locale: string; title: Segment[]; snippet: Segment[] };

/** Articles matching a new ticket's subject, among those the viewer may read. */
export async function suggestArticlesAction(subject: string): Promise<Suggestion[]> {
  const viewer = await getSession();
  if (!viewer || typeof subject !== "string") return [];
  const audience = portalAudience(viewer, await getPortalSettings());
  if (!audience) return [];
  const result = await searchArticles(audience, subject.slice(0, QUERY_MAX), { locale: await getLocale(), pageSize: 5 });
  return result.items.map(({ id, slug, locale, title, snippet }) => ({ id, slug, locale, title, snippet }));
}

export async function recordSuggestionOpenAction(draftId: string, articleId: string): Promise<ActionResult> {
  const viewer = await getSession();
  return translateResult("kb", await recordSuggestionOpen(viewer, { draftId, articleId }));
}

export async function saveArticleAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("kb", fail("errors.signedOut"));
  const result = await saveArticle(viewer, {
    id: field(form, "id") ?? "",
    title: field(form, "title") ?? "",
    slug: field(form, "slug") ?? "",
    body: field(form, "body") ?? "",
    locale: (field(form, "locale") ?? "") as "en",
    categoryId: field(form, "categoryId") ?? "",
    state: (field(form, "state") ?? "") as "DRAFT",
    visibility: (field(form, "visibility") ?? "") as "PORTAL",
    organizationIds: form.getAll("organizationIds").filter((v): v is string => typeof v === "string"),
    translationOf: field(form, "translationOf") ?? "",
  });
  if (!result.ok) return translateResult("kb", result);
  revalidatePath("/kb", "layout");
  revalidatePath("/admin/kb", "layout");
  if (!field(form, "id")) redirect(`/admin/kb/${result.data.id}?saved=1`);
  return ok(result.data);
}

/** The editor's preview: the same renderer and sanitizer as the portal. */
export async function previewArticleAction(body: string): Promise<string> {
  const viewer = await getSession();
  if (!editorAudience(viewer) || typeof body !== "string") return "";
  return renderArticleHtml(body.slice(0, BODY_MAX));
}

export async function saveCategoryAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("kb", fail("errors.signedOut"));
  const result = await saveCategory(viewer, {
    id: field(form, "id") ?? "",
    slug: field(form, "slug") ?? "",
    nameEn: field(form, "nameEn") ?? "",
    nameEs: field(form, "nameEs") ?? "",
    sortOrder: field(form, "sortOrder") ?? "",
  });
  if (result.ok) revalidatePath("/admin/kb", "layout");
  return translateResult("kb", result);
}

export async function deleteCategoryAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("kb", fail("errors.signedOut"));
  const result = await deleteCategory(viewer, field(form, "id") ?? "");
  if (result.ok) revalidatePath("/admin/kb", "layout");
  return translateResult("kb", result);
}
