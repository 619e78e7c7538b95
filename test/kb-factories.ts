import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/kb/service";
import type { ArticleInput } from "@/lib/kb/schema";
import { makeUser } from "./factories";

let editor: { id: string; role: "AGENT" | "ADMIN" | "CUSTOMER"; organizationId: string | null } | null = null;

export async function makeKbCategory() {
  const slug = `kb-${randomUUID()}`;
  return db.kbCategory.create({ data: { slug, nameEn: "Test KB category", nameEs: "Categoría de prueba" } });
}

/** An article saved through the app's own service, published and for portal users unless told. */
export async function makeArticle(input: Partial<ArticleInput> & { categoryId: string }) {
  editor ??= await makeUser("AGENT");
  const result = await saveArticle(editor, {
    title: `Article ${randomUUID().slice(0, 8)}`,
    slug: `a-${randomUUID()}`,
    body: "Some text.",
    locale: "en",
    state: "PUBLISHED",
    visibility: "PORTAL",
    ...input,
  });
  if (!result.ok) throw new Error(`makeArticle: ${JSON.stringify(result)}`);
  return db.kbArticle.findUniqueOrThrow({ where: { id: result.data.id }, select: { id: true, slug: true, title: true, translationGroupId: true } });
}
