import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/accounts/service";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/kb/service";
import type { ArticleInput } from "@/lib/kb/schema";
import { changePortalSettings, PASSWORD, type Person } from "../fixtures";

/** A word no other test uses, so that searches find only this test's articles. */
export const uniqueWord = () => `zq${randomUUID().replace(/-/g, "").slice(0, 8)}`;

export async function makeKbCategory(name = `KB ${randomUUID().slice(0, 6)}`) {
  return db.kbCategory.create({ data: { slug: `kb-${randomUUID()}`, nameEn: name, nameEs: name } });
}

/** An article written through the app's own service by an agent: published, for portal users, unless told. */
export async function publishArticle(author: Person, input: Partial<ArticleInput> & { categoryId: string; title: string }) {
  const result = await saveArticle(author, {
    slug: `a-${randomUUID()}`,
    body: "Some help text.",
    locale: "en",
    state: "PUBLISHED",
    visibility: "PORTAL",
    ...input,
  });
  if (!result.ok) throw new Error(`publishArticle: ${JSON.stringify(result)}`);
  return db.kbArticle.findUniqueOrThrow({ where: { id: result.data.id }, select: { id: true, slug: true, title: true } });
}

/** A customer in an organization of their own. */
export async function customerOf(organizationName: string): Promise<Person> {
  const email = `customer-${randomUUID()}@example.test`;
  const name = `Customer ${randomUUID().slice(0, 6)}`;
  const result = await createUser(null, { email, name, role: "CUSTOMER", password: PASSWORD, organizationName });
  if (!result.ok) throw new Error(`customerOf: ${JSON.stringify(result)}`);
  const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, select: { organizationId: true } });
  return { id: result.data.id, email, name, password: PASSWORD, role: "CUSTOMER", organizationId: user.organizationId };
}

export async function setPublicKb(on: boolean) {
  await changePortalSettings({ publicKbEnabled: on });
}
