import { expect, test } from "@playwright/test";
import { ACTIONS, PAGES, ROUTES, type Cells, type Scratch } from "./access-matrix";
import { callAction, classifyAction, discoverApp, probePage, probeRoute } from "./matrix/probe";
import { db } from "@/lib/db";
import { buildWorld, sessionCookie, subjectOf, WHO, type Who, type World } from "./matrix/world";

// Asks every cell of the access matrix (e2e/security/access-matrix.ts) of the production build, with
// plain HTTP. MATRIX_RECORD=1 prints what the build answered in the table's own notation, for
// review when rights change on purpose.

test.describe.configure({ timeout: 240_000 });

const RECORD = process.env.MATRIX_RECORD === "1";
const COLUMN = { anonymous: "anon", customerA: "A", colleagueA2: "A2", colleagueA2Shared: "A2s", customerB: "B", agent: "agent", admin: "admin" } as const;

let world: World;
const cookies = new Map<Who, string | null>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await buildWorld();
  cookies.set("anonymous", null);
  for (const who of WHO) if (who !== "anonymous") cookies.set(who, await sessionCookie(world.people[who]));
});

function fill(template: string, who: Who): string {
  const subject = subjectOf(world, who);
  const values: Record<string, string> = {
    ticket: String(subject.ticketId),
    attachment: subject.attachmentId,
    articleSlug: world.articleSlug,
    articleId: world.articleId,
    kbCategorySlug: world.kbCategorySlug,
    canned: world.cannedId,
    employee: world.people.customerA.id,
    organization: world.people.customerA.organizationId ?? "",
    outbox: world.outboxId,
    requestType: world.requestTypeId,
    kbImage: world.kbImageId,
    chat: world.chatId,
    chatAttachment: world.chatAttachmentId,
    note: world.noteId,
    document: world.documentId,
    documentVersion: world.documentVersionId,
    confirmation: world.confirmationId,
    confirmationRecipient: world.confirmationRecipientId,
    asset: world.assetId,
    announcement: world.announcementId,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`access matrix: unknown placeholder {${name}}`);
    return values[name];
  });
}

const cells = (expected: Cells) => expected.trim().split(/\s+/);

/** Compares a row's answers with its cells, naming every differing cell. */
function compare(kind: string, key: string, expected: Cells, actual: string[], differences: string[], recorded: string[]) {
  recorded.push(`${JSON.stringify(key)}: ${JSON.stringify(actual.join(" "))}`);
  const want = cells(expected);
  WHO.forEach((who, i) => {
    if (want[i] !== actual[i]) differences.push(`${kind} ${key} as ${COLUMN[who]}: expected ${want[i] ?? "(no cell)"}, got ${actual[i]}`);
  });
}

function report(differences: string[], recorded: string[]) {
  if (RECORD) console.log(recorded.join("\n"));
  expect(differences, differences.join("\n")).toEqual([]);
}

test("every page, route handler and server action of the build has a row, and every row a build entry", () => {
  const app = discoverApp();
  const missing = [
    ...app.pages.filter((p) => !(p in PAGES)).map((p) => `page ${p}`),
    ...app.routes.filter((r) => !(r in ROUTES)).map((r) => `route ${r}`),
    ...[...app.actions.keys()].filter((a) => !(a in ACTIONS)).map((a) => `action ${a}`),
  ];
  const stale = [
    ...Object.keys(PAGES).filter((p) => !app.pages.includes(p)).map((p) => `page ${p}`),
    ...Object.keys(ROUTES).filter((r) => !app.routes.includes(r)).map((r) => `route ${r}`),
    ...Object.keys(ACTIONS).filter((a) => !app.actions.has(a)).map((a) => `action ${a}`),
  ];
  expect(missing, "entries of the build without a row in e2e/security/access-matrix.ts").toEqual([]);
  expect(stale, "rows for entries the build no longer has").toEqual([]);
});

test("pages answer each role as the table says", async () => {
  const differences: string[] = [];
  const recorded: string[] = [];
  for (const [key, row] of Object.entries(PAGES)) {
    const actual = await Promise.all(WHO.map((who) => probePage(fill(row.url, who), cookies.get(who) ?? null)));
    compare("page", key, row.expect, actual, differences, recorded);
  }
  report(differences, recorded);
});

test("route handlers answer each role as the table says", async () => {
  const differences: string[] = [];
  const recorded: string[] = [];
  for (const [key, row] of Object.entries(ROUTES)) {
    const actual: string[] = [];
    for (const who of WHO) actual.push(await probeRoute(row.method, fill(row.url, who), cookies.get(who) ?? null, row.body?.(world, who)));
    compare("route", key, row.expect, actual, differences, recorded);
  }
  report(differences, recorded);
});

test("server actions let through and refuse each role as the table says", async () => {
  const { actions } = discoverApp();
  const differences: string[] = [];
  const recorded: string[] = [];
  // Actions that end sessions go last: "sign out everywhere" ends every session of its caller.
  const rows = Object.entries(ACTIONS).sort(([, a], [, b]) => Number(Boolean(a.endsSession)) - Number(Boolean(b.endsSession)));
  for (const [key, row] of rows) {
    const id = actions.get(key);
    if (!id) continue; // reported by the first test
    const actual: string[] = [];
    for (const who of WHO) {
      const person = who === "anonymous" ? null : world.people[who];
      const cookie = row.endsSession && person ? await sessionCookie(person) : (cookies.get(who) ?? null);
      const scratch: Scratch = {};
      const answer = await callAction(id, await row.args(world, who, scratch), cookie);
      const verdict = classifyAction(answer, row.refusedWhen);
      actual.push(row.changed && verdict === "allowed" ? ((await row.changed(scratch)) ? "allowed" : "refused") : verdict);
    }
    compare("action", key, row.expect, actual, differences, recorded);
  }
  report(differences, recorded);
});

// The module switches: the same customer A, asked about A's own things once every portal module is
// switched off for A (Portal tab), gets the 404 of a page, route or action that does not exist.
const MODULE_PAGE = /^\/\(portal\)\/(chat|assets|documents|notes|confirmations)\//;
const MODULE_ROUTES = [
  "/api/chat/stream/route",
  "/api/chat/attachments/[id]/route",
  "/api/chat/conversations/route",
  "/api/chat/conversations/[id]/messages/route",
  "/api/documents/[id]/route",
  "/api/documents/versions/[versionId]/route",
  "/api/confirmations/[id]/receipt/route",
];
const MODULE_ACTIONS = [
  "lib/chat/actions.ts#markReadAction",
  "lib/chat/actions.ts#typingAction",
  "lib/chat/actions.ts#closeAction",
  "lib/chat/actions.ts#requestTicketAction",
  "lib/confirmations/actions.ts#answerAction",
];

test("with every module switched off for customer A, A's own module pages, routes and actions answer as if they did not exist", async () => {
  const { actions } = discoverApp();
  const who: Who = "customerA";
  const userId = world.people.customerA.id;
  const off = { showChat: false, showAssets: false, showDocuments: false, showNotes: false, showConfirmations: false };
  await db.userPortalOptions.upsert({ where: { userId }, create: { userId, ...off }, update: off });
  const differences: string[] = [];
  try {
    // A fresh session: the actions test's "sign out everywhere" ended the earlier ones.
    const cookie = await sessionCookie(world.people.customerA);
    const pages = Object.entries(PAGES).filter(([key]) => MODULE_PAGE.test(key));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const [key, row] of pages) {
      const got = await probePage(fill(row.url, who), cookie);
      if (got !== "404") differences.push(`page ${key}: expected 404, got ${got}`);
    }
    for (const key of MODULE_ROUTES) {
      const row = ROUTES[key];
      const got = await probeRoute(row.method, fill(row.url, who), cookie, row.body?.(world, who));
      if (got !== "404") differences.push(`route ${key}: expected 404, got ${got}`);
    }
    for (const key of MODULE_ACTIONS) {
      const row = ACTIONS[key];
      const scratch: Scratch = {};
      const answer = await callAction(actions.get(key) ?? "", await row.args(world, who, scratch), cookie);
      const verdict = classifyAction(answer, row.refusedWhen);
      const got = row.changed && verdict === "allowed" ? ((await row.changed(scratch)) ? "allowed" : "refused") : verdict;
      if (got !== "refused") differences.push(`action ${key}: expected refused, got ${got}`);
    }
  } finally {
    await db.userPortalOptions.delete({ where: { userId } });
  }
  expect(differences, differences.join("\n")).toEqual([]);
});
