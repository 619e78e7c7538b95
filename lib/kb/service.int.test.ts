import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { makeArticle, makeKbCategory } from "@/test/kb-factories";
import { createTicket } from "@/lib/tickets/service";
import { portalAudience, type KbAudience } from "./access";
import { getArticleForReader, getCategoryPage, getKbHome, listArticlesForEditors } from "./queries";
import { searchArticles } from "./search";
import { giveFeedback, recordSuggestionOpen, saveArticle } from "./service";
import { DEFLECTION_WINDOW_MS, deflectionOutcomes } from "./report";

let categoryId: string;
let categorySlug: string;
beforeAll(async () => {
  const category = await makeKbCategory();
  categoryId = category.id;
  categorySlug = category.slug;
});

const word = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;
const member = (organizationId: string | null): KbAudience => ({ kind: "member", organizationId });
const publicAudience: KbAudience = { kind: "public" };

/** Every way a reader can come across an article: list, category, search, URL, related links. */
async function reaches(audience: KbAudience, article: { id: string; slug: string }, w: string) {
  const home = await getKbHome(audience, "en");
  const inHome = [...home.popular, ...home.recent].some((a) => a.id === article.id);
  const category = await getCategoryPage(audience, "en", categorySlug, 1);
  const inCategory = !!category?.items.some((a) => a.id === article.id);
  const inSearch = (await searchArticles(audience, w, { locale: "en" })).items.some((a) => a.id === article.id);
  const byUrl = (await getArticleForReader(audience, article.slug, "en"))?.id === article.id;
  return { inHome, inCategory, inSearch, byUrl };
}
const nowhere = { inHome: false, inCategory: false, inSearch: false, byUrl: false };
const everywhere = { inHome: true, inCategory: true, inSearch: true, byUrl: true };

describe("who may open the knowledge base", () => {
  const on = { kbEnabled: true, publicKbEnabled: false };
  it("nobody in the portal when it is off; visitors only when the public knowledge base is on", () => {
    const customer = { role: "CUSTOMER" as const, organizationId: "o1" };
    const agent = { role: "AGENT" as const, organizationId: null };
    expect(portalAudience(customer, { kbEnabled: false, publicKbEnabled: true })).toBeNull();
    expect(portalAudience(null, on)).toBeNull();
    expect(portalAudience(null, { kbEnabled: true, publicKbEnabled: true })).toEqual({ kind: "public" });
    expect(portalAudience(customer, on)).toEqual({ kind: "member", organizationId: "o1" });
    expect(portalAudience(agent, on)).toEqual({ kind: "staff" });
  });
});

describe("article visibility", () => {
  it("an INTERNAL article never reaches a customer or a visitor, by list, category, search, URL or related links", async () => {
    const w = word();
    const customer = await makeUser("CUSTOMER", { organizationName: `Org ${w}` });
    const internal = await makeArticle({ categoryId, title: `Internal runbook ${w}`, visibility: "INTERNAL" });
    const neighbour = await makeArticle({ categoryId, title: `Neighbour ${w}`, visibility: "PUBLIC" });
    await db.kbArticle.update({ where: { id: internal.id }, data: { viewCount: 1_000_000 } });
    expect(await reaches(member(customer.organizationId), internal, w)).toEqual(nowhere);
    expect(await reaches(publicAudience, internal, w)).toEqual(nowhere);
    const related = (await getArticleForReader(member(customer.organizationId), neighbour.slug, "en"))?.related ?? [];
    expect(related.map((r) => r.id)).not.toContain(internal.id);
    expect(await reaches({ kind: "staff" }, internal, w)).toEqual(everywhere);
  });

  it("an article restricted to organization A reaches A's members and staff, never B's or members of none", async () => {
    const w = word();
    const a = await makeUser("CUSTOMER", { organizationName: `A ${w}` });
    const b = await makeUser("CUSTOMER", { organizationName: `B ${w}` });
    const loner = await makeUser("CUSTOMER");
    const restricted = await makeArticle({ categoryId, title: `Acme VPN ${w}`, visibility: "PUBLIC", organizationIds: [a.organizationId!] });
    await db.kbArticle.update({ where: { id: restricted.id }, data: { viewCount: 1_000_000 } });
    const neighbour = await makeArticle({ categoryId, title: `Neighbour ${w}` });
    expect(await reaches(member(a.organizationId), restricted, w)).toEqual(everywhere);
    expect(await reaches(member(b.organizationId), restricted, w)).toEqual(nowhere);
    expect(await reaches(member(loner.organizationId), restricted, w)).toEqual(nowhere);
    expect(await reaches(publicAudience, restricted, w)).toEqual(nowhere);
    const related = (await getArticleForReader(member(b.organizationId), neighbour.slug, "en"))?.related ?? [];
    expect(related.map((r) => r.id)).not.toContain(restricted.id);
  });

  it("a draft never reaches the portal, not even staff there", async () => {
    const w = word();
    const draft = await makeArticle({ categoryId, title: `Draft ${w}`, state: "DRAFT", visibility: "PUBLIC" });
    expect(await reaches(member(null), draft, w)).toEqual(nowhere);
    expect(await reaches(publicAudience, draft, w)).toEqual(nowhere);
    expect(await reaches({ kind: "staff" }, draft, w)).toEqual(nowhere);
    expect((await searchArticles({ kind: "editor" }, w, { locale: "en" })).items.map((i) => i.id)).toEqual([draft.id]);
  });

  it("a portal article reaches signed-in customers and not visitors; a public one reaches both", async () => {
    const w = word();
    const portal = await makeArticle({ categoryId, title: `Portal ${w}`, visibility: "PORTAL" });
    const open = await makeArticle({ categoryId, title: `Public ${w}`, visibility: "PUBLIC" });
    expect((await reaches(publicAudience, portal, w)).byUrl).toBe(false);
    expect((await reaches(publicAudience, open, w)).byUrl).toBe(true);
    expect((await reaches(member(null), portal, w)).byUrl).toBe(true);
  });
});

describe("languages", () => {
  it("the reader gets their language version of an article, else the other", async () => {
    const w = word();
    const own = await makeKbCategory();
    const en = await makeArticle({ categoryId: own.id, title: `Printer ${w}`, locale: "en" });
    const es = await makeArticle({ categoryId: own.id, title: `Impresora ${w}`, locale: "es", translationOf: en.id });
    const onlyEn = await makeArticle({ categoryId: own.id, title: `English only ${w}`, locale: "en" });
    const page = await getCategoryPage(member(null), "es", own.slug, 1);
    const ids = new Set(page?.items.map((i) => i.id));
    expect(ids.has(es.id)).toBe(true);
    expect(ids.has(en.id)).toBe(false);
    expect(ids.has(onlyEn.id)).toBe(true);
    const read = await getArticleForReader(member(null), es.slug, "en");
    expect(read?.translations.map((t) => t.slug)).toEqual([en.slug]);
  });

  it("a category lists the reader's language first, then the others, and its pages neither repeat nor skip an article", async () => {
    const w = word();
    const own = await makeKbCategory();
    // Spanish titles sort before the English ones, so only the language rank puts English first.
    const es = [];
    for (let i = 0; i < 10; i++) es.push(await makeArticle({ categoryId: own.id, title: `A ${w} ${String(i).padStart(2, "0")}`, locale: "es" }));
    const en = [];
    for (let i = 0; i < 15; i++) en.push(await makeArticle({ categoryId: own.id, title: `Z ${w} ${String(i).padStart(2, "0")}`, locale: "en" }));
    for (const [locale, first, last] of [["en", en, es], ["es", es, en]] as const) {
      const one = await getCategoryPage(member(null), locale, own.slug, 1);
      const two = await getCategoryPage(member(null), locale, own.slug, 2);
      expect(one?.total).toBe(25);
      expect(one?.pageCount).toBe(2);
      expect([...(one?.items ?? []), ...(two?.items ?? [])].map((a) => a.id)).toEqual([...first, ...last].map((a) => a.id));
      expect(one?.items).toHaveLength(20);
    }
  });

  it("the knowledge base's front page and related links rank other languages after the reader's", async () => {
    const w = word();
    const own = await makeKbCategory();
    const spanish = await makeArticle({ categoryId: own.id, title: `Muy leído ${w}`, locale: "es" });
    const english = await makeArticle({ categoryId: own.id, title: `Less read ${w}`, locale: "en" });
    await db.kbArticle.update({ where: { id: spanish.id }, data: { viewCount: 2_000_000_000 } });
    await db.kbArticle.update({ where: { id: english.id }, data: { viewCount: 1_000_000_000 } });
    const languageFirst = (items: { locale: string }[], locale: string) => {
      const ranks = items.map((a) => (a.locale === locale ? 0 : 1));
      expect(ranks).toEqual([...ranks].sort());
    };
    const home = await getKbHome(member(null), "en");
    expect(home.popular[0]?.id).toBe(english.id);
    languageFirst(home.popular, "en");
    languageFirst(home.recent, "en");
    const spanishHome = await getKbHome(member(null), "es");
    expect(spanishHome.popular[0]?.id).toBe(spanish.id);
    languageFirst(spanishHome.recent, "es");
    const neighbour = await makeArticle({ categoryId: own.id, title: `Neighbour ${w}`, locale: "en" });
    const related = (await getArticleForReader(member(null), neighbour.slug, "en"))?.related ?? [];
    expect(related.map((a) => a.id)).toEqual([english.id, spanish.id]);
  });

  it("refuses a second version in a language the article already has", async () => {
    const agent = await makeUser("AGENT");
    const en = await makeArticle({ categoryId, locale: "en" });
    const result = await saveArticle(agent, { title: "Other", slug: `s-${randomUUID()}`, body: "b", locale: "en", categoryId, state: "DRAFT", visibility: "PORTAL", translationOf: en.id });
    expect(result).toMatchObject({ ok: false, fieldErrors: { locale: ["errors.translationExists"] } });
  });
});

describe("editing articles", () => {
  it("customers cannot write articles", async () => {
    const customer = await makeUser("CUSTOMER");
    const slug = `s-${randomUUID()}`;
    const result = await saveArticle(customer, { title: "Mine", slug, body: "b", locale: "en", categoryId, state: "PUBLISHED", visibility: "PUBLIC" });
    expect(result).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.kbArticle.count({ where: { slug } })).toBe(0);
  });

  it("refuses bad input and a taken slug, and stores nothing", async () => {
    const agent = await makeUser("AGENT");
    const taken = await makeArticle({ categoryId });
    const before = await db.kbArticle.count();
    const bad = await saveArticle(agent, { title: " ", slug: "Not a slug!", body: "", locale: "fr" as "en", categoryId, state: "DRAFT", visibility: "PORTAL" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { title: ["errors.titleRequired"], slug: ["errors.slugInvalid"], body: ["errors.bodyRequired"], locale: ["errors.localeInvalid"] } });
    const dup = await saveArticle(agent, { title: "T", slug: taken.slug, body: "b", locale: "en", categoryId, state: "DRAFT", visibility: "PORTAL" });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { slug: ["errors.slugTaken"] } });
    const unknownCategory = await saveArticle(agent, { title: "T", slug: `s-${randomUUID()}`, body: "b", locale: "en", categoryId: "nope", state: "DRAFT", visibility: "PORTAL" });
    expect(unknownCategory).toMatchObject({ ok: false, fieldErrors: { categoryId: ["errors.categoryUnknown"] } });
    expect(await db.kbArticle.count()).toBe(before);
  });

  it("keeps every saved version in the history", async () => {
    const agent = await makeUser("AGENT");
    const a = await makeArticle({ categoryId, title: "First", state: "DRAFT" });
    await saveArticle(agent, { id: a.id, title: "Second", slug: a.slug, body: "New body", locale: "en", categoryId, state: "PUBLISHED", visibility: "PUBLIC" });
    const revisions = await db.kbArticleRevision.findMany({ where: { articleId: a.id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => [r.title, r.state])).toEqual([["First", "DRAFT"], ["Second", "PUBLISHED"]]);
    expect(revisions[1].editorId).toBe(agent.id);
  });

  it("the console's title filter ignores case, on both databases", async () => {
    const w = word();
    const article = await makeArticle({ categoryId, title: `VPN Runbook ${w}`, state: "DRAFT" });
    const found = await listArticlesForEditors({ title: `vpn RUNBOOK ${w.toUpperCase()}`, page: 1 });
    expect(found.items.map((a) => a.id)).toEqual([article.id]);
  });
});

describe("feedback", () => {
  it("once per reader and article", async () => {
    const customer = await makeUser();
    const a = await makeArticle({ categoryId });
    expect(await giveFeedback(customer, { articleId: a.id, helpful: false, comment: "Step 3 is missing" })).toEqual({ ok: true, data: undefined });
    expect(await giveFeedback(customer, { articleId: a.id, helpful: true })).toMatchObject({ ok: false, message: "errors.feedbackGiven" });
    const rows = await db.kbFeedback.findMany({ where: { articleId: a.id } });
    expect(rows.map((r) => [r.helpful, r.comment])).toEqual([[false, "Step 3 is missing"]]);
  });

  it("not on an article the reader may not see, nor signed out", async () => {
    const customer = await makeUser();
    const internal = await makeArticle({ categoryId, visibility: "INTERNAL" });
    expect(await giveFeedback(customer, { articleId: internal.id, helpful: true })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await giveFeedback(null, { articleId: internal.id, helpful: true })).toMatchObject({ ok: false, message: "errors.signedOut" });
    expect(await db.kbFeedback.count({ where: { articleId: internal.id } })).toBe(0);
  });
});

describe("deflection", () => {
  it("records only suggestions the user may see, on their own drafts", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const visible = await makeArticle({ categoryId });
    const internal = await makeArticle({ categoryId, visibility: "INTERNAL" });
    const draftId = randomUUID();
    expect(await recordSuggestionOpen(alice, { draftId, articleId: internal.id })).toMatchObject({ ok: false });
    expect(await recordSuggestionOpen(alice, { draftId, articleId: visible.id })).toMatchObject({ ok: true });
    expect(await recordSuggestionOpen(alice, { draftId, articleId: visible.id })).toMatchObject({ ok: true });
    expect(await recordSuggestionOpen(bob, { draftId, articleId: visible.id })).toMatchObject({ ok: false });
    expect(await recordSuggestionOpen(alice, { draftId: "not-a-uuid", articleId: visible.id })).toMatchObject({ ok: false });
    expect(await db.kbSuggestionOpen.findMany({ where: { draftId }, select: { userId: true, articleId: true } })).toEqual([{ userId: alice.id, articleId: visible.id }]);
  });

  it("a draft is deflected when its user files no ticket within the window, filed when they do, pending meanwhile", async () => {
    const since = new Date(Date.now() - 60_000);
    const ticketCategory = await makeCategory();
    const [deflectedUser, filedUser, pendingUser] = [await makeUser(), await makeUser(), await makeUser()];
    const article = await makeArticle({ categoryId });
    const drafts = { deflected: randomUUID(), filed: randomUUID(), pending: randomUUID() };
    await recordSuggestionOpen(deflectedUser, { draftId: drafts.deflected, articleId: article.id });
    await recordSuggestionOpen(filedUser, { draftId: drafts.filed, articleId: article.id });
    await recordSuggestionOpen(pendingUser, { draftId: drafts.pending, articleId: article.id });
    await createTicket(filedUser, { subject: "Still broken", description: "d", categoryId: ticketCategory.id, urgency: "LOW" });
    // Seen from after the window has closed for the first two drafts only.
    await db.kbSuggestionOpen.update({ where: { draftId_articleId: { draftId: drafts.pending, articleId: article.id } }, data: { openedAt: new Date(Date.now() + DEFLECTION_WINDOW_MS) } });
    const later = new Date(Date.now() + DEFLECTION_WINDOW_MS + 1000);
    const outcomes = new Map((await deflectionOutcomes(since, later)).map((o) => [o.draftId, o.outcome]));
    expect(outcomes.get(drafts.deflected)).toBe("deflected");
    expect(outcomes.get(drafts.filed)).toBe("filed");
    expect(outcomes.get(drafts.pending)).toBe("pending");
  });
});
