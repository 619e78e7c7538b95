import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeKbCategory } from "@/test/kb-factories";
import { makeUser } from "@/test/factories";
import { saveArticle } from "./service";
import { searchArticles, searchTerms, segmentsOf } from "./search";
import { db } from "@/lib/db";

let categoryId: string;
beforeAll(async () => {
  categoryId = (await makeKbCategory()).id;
});

// A word no other test uses, so that results are this test's alone.
const word = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const staff = { kind: "staff" } as const;

describe("search terms", () => {
  it("fold case and accents and split on anything that is not a letter or digit", () => {
    expect(searchTerms("  Contraseña OLVIDADA, wi-fi! ")).toEqual(["contrasena", "olvidada", "wi", "fi"]);
    expect(searchTerms("\"*:()'; DROP")).toEqual(["drop"]);
    expect(searchTerms("")).toEqual([]);
  });
  it("turn hit marks into segments", () => {
    expect(segmentsOf("a \u0002b\u0003 c")).toEqual([{ text: "a ", hit: false }, { text: "b", hit: true }, { text: " c", hit: false }]);
  });
});

describe("full-text search", () => {
  it("finds an accented word typed without accents, in any case, and highlights it", async () => {
    const w = word();
    const article = await makeArticle({ categoryId, title: `Restablecer la contraseña ${w}`, body: `Si olvidó su **contraseña**, pulse *Olvidé* ${w}.`, locale: "es" });
    const result = await searchArticles(staff, `CONTRASENA ${w}`, { locale: "es" });
    expect(result.items.map((i) => i.id)).toEqual([article.id]);
    const hit = result.items[0];
    expect(hit.title.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain("contraseña");
    expect(hit.snippet.some((s) => s.hit && s.text.toLowerCase() === "contraseña")).toBe(true);
    expect(text(hit.snippet)).not.toContain("**");
  });

  it("ranks title matches before body matches", async () => {
    const w = word();
    const inBody = await makeArticle({ categoryId, title: "Printer trouble", body: `The ${w} appears many times: ${w} ${w} ${w}.` });
    const inTitle = await makeArticle({ categoryId, title: `About ${w}`, body: "Nothing else here." });
    const result = await searchArticles(staff, w, { locale: "en" });
    expect(result.items.map((i) => i.id)).toEqual([inTitle.id, inBody.id]);
  });

  it("matches words as prefixes and needs every word", async () => {
    const w = word();
    const a = await makeArticle({ categoryId, title: `VPN ${w}`, body: "Connecting from home" });
    expect((await searchArticles(staff, `${w.slice(0, -2)} conn`, { locale: "en" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await searchArticles(staff, `${w} printer`, { locale: "en" })).items).toEqual([]);
  });

  it("never puts the article's markup into a snippet", async () => {
    const w = word();
    await makeArticle({ categoryId, title: `Markup ${w}`, body: `<b onclick="x()">bold ${w}</b> <script>alert(1)</script> &lt;i&gt;` });
    const [hit] = (await searchArticles(staff, w, { locale: "en" })).items;
    const all = text(hit.snippet) + text(hit.title);
    expect(all).not.toMatch(/<b|onclick|<script|alert/);
  });

  it("keeps the index in step with edits", async () => {
    const w1 = word();
    const w2 = word();
    const agent = await makeUser("AGENT");
    const a = await makeArticle({ categoryId, title: `Old ${w1}` });
    const saved = await saveArticle(agent, { id: a.id, title: `New ${w2}`, slug: a.slug, body: "Body", locale: "en", categoryId, state: "PUBLISHED", visibility: "PORTAL" });
    expect(saved.ok).toBe(true);
    expect((await searchArticles(staff, w1, { locale: "en" })).items).toEqual([]);
    expect((await searchArticles(staff, w2, { locale: "en" })).items.map((i) => i.id)).toEqual([a.id]);
  });

  it("shows one language version: the reader's when it matches too, else the other", async () => {
    const w = word();
    const en = await makeArticle({ categoryId, title: `Reset password ${w}`, locale: "en" });
    const es = await makeArticle({ categoryId, title: `Restablecer contraseña ${w}`, locale: "es", translationOf: en.id });
    expect((await searchArticles(staff, w, { locale: "es" })).items.map((i) => i.id)).toEqual([es.id]);
    expect((await searchArticles(staff, w, { locale: "en" })).items.map((i) => i.id)).toEqual([en.id]);
    expect((await searchArticles(staff, `password ${w}`, { locale: "es" })).items.map((i) => i.id)).toEqual([en.id]);
  });

  it("pages results and counts them", async () => {
    const w = word();
    for (let i = 0; i < 3; i++) await makeArticle({ categoryId, title: `Paged ${w} ${i}` });
    const first = await searchArticles(staff, w, { locale: "en", pageSize: 2 });
    const second = await searchArticles(staff, w, { locale: "en", pageSize: 2, page: 2 });
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(3);
  });

  it("is not a LIKE scan: a word inside another word is not found", async () => {
    const w = word();
    await makeArticle({ categoryId, title: `Inside x${w}x` });
    expect((await searchArticles(staff, w, { locale: "en" })).items).toEqual([]);
    expect(await db.kbArticle.count({ where: { title: { contains: w } } })).toBe(1);
  });
});

describe("stemming in both languages", () => {
  it('"impresoras" finds an article about an "impresora", and "printers" one about a "printer"', async () => {
    const w = word();
    const es = await makeArticle({ categoryId, title: `Atasco de la impresora ${w}`, body: "Abra la bandeja y retire el papel.", locale: "es" });
    const en = await makeArticle({ categoryId, title: `Printer jam ${w}`, body: "Open the tray and pull the paper out.", locale: "en" });
    expect((await searchArticles(staff, `impresoras ${w}`, { locale: "es" })).items.map((i) => i.id)).toEqual([es.id]);
    expect((await searchArticles(staff, `printers ${w}`, { locale: "en" })).items.map((i) => i.id)).toEqual([en.id]);
    // A stem that is no prefix of the written word: "studies" and "study" share "studi".
    const study = await makeArticle({ categoryId, title: `Case study ${w}`, body: "One customer's story." });
    expect((await searchArticles(staff, `studies ${w}`, { locale: "en" })).items.map((i) => i.id)).toEqual([study.id]);
  });

  it("ranks articles in the reader's language before the others, whatever the title says", async () => {
    const w = word();
    const en = await makeArticle({ categoryId, title: `Network ${w}`, body: "Cable.", locale: "en" });
    const es = await makeArticle({ categoryId, title: `Red`, body: `Cable ${w}.`, locale: "es" });
    expect((await searchArticles(staff, w, { locale: "es" })).items.map((i) => i.id)).toEqual([es.id, en.id]);
    expect((await searchArticles(staff, w, { locale: "en" })).items.map((i) => i.id)).toEqual([en.id, es.id]);
  });

  it("cuts snippets from the prose, not from a table that also matches", async () => {
    const w = word();
    const body = `| Model | Note |\n| --- | --- |\n| X1 | ${w} in a table |\n\nReset the ${w} from the front panel.`;
    await makeArticle({ categoryId, title: "Reset", body });
    const [hit] = (await searchArticles(staff, w, { locale: "en" })).items;
    expect(text(hit.snippet)).toContain("front panel");
    expect(text(hit.snippet)).not.toContain("in a table");
  });
});
