import { randomUUID } from "node:crypto";
import { createConfirmationRequest } from "@/lib/confirmations/service";
import { db } from "@/lib/db";
import { PNG } from "@/test/files";
import { subjectOf, type Who, type World } from "./matrix/world";

// THE ACCESS MATRIX: who may see and do what, as data. Read a row as "this page / route / action,
// asked by each of the seven columns, answers this". e2e/security/access-matrix.spec.ts asks every
// cell of the production build and fails on any difference, and on any page, route handler or
// server action of the build that has no row here (or a row for one that no longer exists).
//
// Columns (in this order):
//   anon    nobody signed in
//   A       customer A, asked about A's own ticket
//   A2      a colleague of A in the same organization, which does not share tickets
//   A2s     a colleague of a requester whose organization shares tickets, asked about that ticket
//   B       a customer of another organization, asked about A's ticket
//   agent   an agent
//   admin   an administrator
//
// Pages answer ok (200), 404, login (sent to sign-in) or →/path (sent elsewhere).
// Route handlers answer their HTTP status. Server actions answer allowed or refused (a refusal
// text, a 404 or a trip to sign-in; "allowed" means the request got past the rights check).
//
// A new module adds its rows to PAGES, ROUTES and ACTIONS (its build-discovered entries fail the
// test until it does), and any ids its rows need to World in matrix/world.ts. Placeholders in
// paths: {ticket} {attachment} (the column's ticket, see subjectOf), {articleSlug} {articleId}
// {kbCategorySlug} {canned} {employee} (customer A) {organization} (A's) {outbox} {requestType} {kbImage}, and customer A's
// {chat} {chatAttachment} {note} {document} {documentVersion} {confirmation} (the request)
// {confirmationRecipient} (A's answer to it) {asset}, and {announcement}.

export type Cells = string;
/** What a cell's args made (ids), for its `changed` check. */
export type Scratch = Record<string, string>;

export type PageRow = { url: string; expect: Cells };
export type RouteRow = { method: "GET" | "POST"; url: string; expect: Cells; body?: (world: World, who: Who) => FormData };
export type ActionRow = {
  /** The arguments, as the app's own form or button sends them; may first make a thing of the cell's own to act on. */
  args: (world: World, who: Who, scratch: Scratch) => unknown[] | Promise<unknown[]>;
  /** For actions that answer nothing: whether the cell's call changed what it aimed at. */
  changed?: (scratch: Scratch) => Promise<boolean>;
  expect: Cells;
  /** For actions that answer a refusal with an empty result rather than a message. */
  refusedWhen?: (result: string) => boolean;
  /** Actions that end the caller's session run on a session of their own. */
  endsSession?: true;
};

// ───────────────────────────── pages ─────────────────────────────  anon  A    A2   A2s  B    agent admin
export const PAGES: Record<string, PageRow> = {
  "/(auth)/login/page":                       { url: "/login",                      expect: "ok    →/    →/    →/    →/    →/    →/" },
  "/(auth)/login/no-account/page":            { url: "/login/no-account",           expect: "ok    ok    ok    ok    ok    ok    ok" },
  "/(auth)/forgot-password/page":             { url: "/forgot-password",            expect: "ok    ok    ok    ok    ok    ok    ok" },
  "/(auth)/reset-password/page":              { url: "/reset-password",             expect: "ok    ok    ok    ok    ok    ok    ok" },
  "/(auth)/change-password/page":             { url: "/change-password",            expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/page":                           { url: "/",                           expect: "login ok    ok    ok    ok    →/admin →/admin" },
  "/(portal)/account/page":                   { url: "/account",                    expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/tickets/page":                   { url: "/tickets",                    expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/tickets/new/page":               { url: "/tickets/new",                expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/tickets/[id]/page":              { url: "/tickets/{ticket}",           expect: "login ok    404   ok    404   ok    ok" },
  "/(portal)/health/page":                    { url: "/health",                     expect: "login ok    ok    ok    ok    ok    ok" },
  // portal modules (all on for the matrix's people: the defaults); {chat} {note} {asset} {confirmationRecipient} are A's.
  // Staff read every confirmation record (as every ticket), so A's answer opens for them too.
  "/(portal)/chat/page":                      { url: "/chat",                       expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/chat/[id]/page":                 { url: "/chat/{chat}",                expect: "login ok    404   404   404   404   404" },
  "/(portal)/assets/page":                    { url: "/assets",                     expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/assets/[id]/page":               { url: "/assets/{asset}",             expect: "login ok    404   404   404   404   404" },
  "/(portal)/documents/page":                 { url: "/documents",                  expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/notes/page":                     { url: "/notes",                      expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/notes/[id]/page":                { url: "/notes/{note}",               expect: "login ok    404   404   404   404   404" },
  "/(portal)/confirmations/page":             { url: "/confirmations",              expect: "login ok    ok    ok    ok    ok    ok" },
  "/(portal)/confirmations/[id]/page":        { url: "/confirmations/{confirmationRecipient}", expect: "login ok    404   404   404   ok    ok" },
  "/(portal)/confirmations/[id]/receipt/page": { url: "/confirmations/{confirmationRecipient}/receipt", expect: "login ok    404   404   404   ok    ok" },
  "/(kb)/kb/page":                            { url: "/kb",                         expect: "login ok    ok    ok    ok    ok    ok" },
  "/(kb)/kb/search/page":                     { url: "/kb/search?q=router",         expect: "login ok    ok    ok    ok    ok    ok" },
  "/(kb)/kb/[slug]/page":                     { url: "/kb/{articleSlug}",           expect: "login ok    ok    ok    ok    ok    ok" },
  "/(kb)/kb/category/[slug]/page":            { url: "/kb/category/{kbCategorySlug}", expect: "login ok    ok    ok    ok    ok    ok" },
  "/admin/page":                              { url: "/admin",                      expect: "login 404   404   404   404   ok    ok" },
  "/admin/tickets/page":                      { url: "/admin/tickets",              expect: "login 404   404   404   404   →/admin →/admin" },
  "/admin/tickets/new/page":                  { url: "/admin/tickets/new",          expect: "login 404   404   404   404   ok    ok" },
  "/admin/tickets/[id]/page":                 { url: "/admin/tickets/{ticket}",     expect: "login 404   404   404   404   ok    ok" },
  "/admin/employees/page":                    { url: "/admin/employees",            expect: "login 404   404   404   404   ok    ok" },
  "/admin/employees/new/page":                { url: "/admin/employees/new",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/employees/[id]/page":               { url: "/admin/employees/{employee}", expect: "login 404   404   404   404   ok    ok" },
  "/admin/organizations/page":                { url: "/admin/organizations",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/organizations/[id]/page":           { url: "/admin/organizations/{organization}", expect: "login 404   404   404   404   ok    ok" },
  "/admin/canned-responses/page":             { url: "/admin/canned-responses",     expect: "login 404   404   404   404   ok    ok" },
  "/admin/canned-responses/new/page":         { url: "/admin/canned-responses/new", expect: "login 404   404   404   404   404   ok" },
  "/admin/canned-responses/[id]/page":        { url: "/admin/canned-responses/{canned}", expect: "login 404   404   404   404   404   ok" },
  "/admin/kb/page":                           { url: "/admin/kb",                   expect: "login 404   404   404   404   ok    ok" },
  "/admin/kb/new/page":                       { url: "/admin/kb/new",               expect: "login 404   404   404   404   ok    ok" },
  "/admin/kb/[id]/page":                      { url: "/admin/kb/{articleId}",       expect: "login 404   404   404   404   ok    ok" },
  "/admin/kb/categories/page":                { url: "/admin/kb/categories",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/kb/report/page":                    { url: "/admin/kb/report",            expect: "login 404   404   404   404   ok    ok" },
  "/admin/request-types/page":                { url: "/admin/request-types",        expect: "login 404   404   404   404   404   ok" },
  "/admin/request-types/new/page":            { url: "/admin/request-types/new",    expect: "login 404   404   404   404   404   ok" },
  "/admin/request-types/[id]/page":           { url: "/admin/request-types/{requestType}", expect: "login 404   404   404   404   404   ok" },
  "/admin/outbox/page":                       { url: "/admin/outbox",               expect: "login 404   404   404   404   404   ok" },
  "/admin/outbox/[id]/page":                  { url: "/admin/outbox/{outbox}",      expect: "login 404   404   404   404   404   ok" },
  "/admin/settings/page":                     { url: "/admin/settings",             expect: "login 404   404   404   404   404   ok" },
  "/admin/jobs/page":                         { url: "/admin/jobs",                 expect: "login 404   404   404   404   404   ok" },
  "/admin/notifications/page":                { url: "/admin/notifications",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/announcements/page":                { url: "/admin/announcements",        expect: "login 404   404   404   404   404   ok" },
  "/admin/announcements/new/page":            { url: "/admin/announcements/new",    expect: "login 404   404   404   404   404   ok" },
  "/admin/announcements/[id]/page":           { url: "/admin/announcements/{announcement}", expect: "login 404   404   404   404   404   ok" },
  "/admin/chat/page":                         { url: "/admin/chat",                 expect: "login 404   404   404   404   ok    ok" },
  "/admin/chat/[id]/page":                    { url: "/admin/chat/{chat}",          expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/page":                       { url: "/admin/assets",               expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/new/page":                   { url: "/admin/assets/new",           expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/[id]/page":                  { url: "/admin/assets/{asset}",       expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/[id]/edit/page":             { url: "/admin/assets/{asset}/edit",  expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/import/page":                { url: "/admin/assets/import",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/assets/lookups/page":               { url: "/admin/assets/lookups",       expect: "login 404   404   404   404   404   ok" },
  "/admin/documents/page":                    { url: "/admin/documents",            expect: "login 404   404   404   404   ok    ok" },
  "/admin/documents/new/page":                { url: "/admin/documents/new",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/documents/[id]/page":               { url: "/admin/documents/{document}", expect: "login 404   404   404   404   ok    ok" },
  "/admin/notes/page":                        { url: "/admin/notes",                expect: "login 404   404   404   404   ok    ok" },
  "/admin/notes/new/page":                    { url: "/admin/notes/new",            expect: "login 404   404   404   404   ok    ok" },
  "/admin/notes/[id]/page":                   { url: "/admin/notes/{note}",         expect: "login 404   404   404   404   ok    ok" },
  "/admin/confirmations/page":                { url: "/admin/confirmations",        expect: "login 404   404   404   404   ok    ok" },
  "/admin/confirmations/new/page":            { url: "/admin/confirmations/new",    expect: "login 404   404   404   404   ok    ok" },
  "/admin/confirmations/[id]/page":           { url: "/admin/confirmations/{confirmation}", expect: "login 404   404   404   404   ok    ok" },
  "/admin/confirmations/receipts/[id]/page":  { url: "/admin/confirmations/receipts/{confirmationRecipient}", expect: "login 404   404   404   404   ok    ok" },
  "/admin/settings/portal/page":              { url: "/admin/settings/portal",      expect: "login 404   404   404   404   404   ok" },
};

function form(entries: Record<string, string | Blob>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}
const png = () => new Blob([PNG], { type: "image/png" });

// ──────────────────────────── route handlers ──────────────────────────── anon    A       A2      A2s     B       agent   admin
export const ROUTES: Record<string, RouteRow> = {
  "/api/attachments/[id]/route":        { method: "GET", url: "/api/attachments/{attachment}", expect: "404     200     404     200     404     200     200" },
  "/api/auth/[...nextauth]/route":      { method: "GET", url: "/api/auth/session", expect: "200     200     200     200     200     200     200" },
  "/api/branding/logo/route":           { method: "GET", url: "/api/branding/logo", expect: "404     404     404     404     404     404     404" },
  "/api/branding/favicon/route":        { method: "GET", url: "/api/branding/favicon", expect: "404     404     404     404     404     404     404" }, // public; none uploaded, as the logo,
  "/api/branding/theme.css/route":      { method: "GET", url: "/api/branding/theme.css", expect: "200     200     200     200     200     200     200" },
  "/api/events/route":                  { method: "GET", url: "/api/events?topics=ticket:{ticket}", expect: "401     200     404     200     404     200     200" },
  // chat: {chat} is A's conversation (not shared with anyone: chats are personal)
  "/api/chat/stream/route":             { method: "GET", url: "/api/chat/stream?conversation={chat}", expect: "404     200     404     404     404     200     200" },
  "/api/chat/attachments/[id]/route":   { method: "GET", url: "/api/chat/attachments/{chatAttachment}", expect: "404     200     404     404     404     200     200" },
  "/api/chat/conversations/route": {
    method: "POST", url: "/api/chat/conversations", expect: "401     201     201     201     201     404     404",
    body: () => form({ body: "A chat started by the access matrix." }),
  },
  "/api/chat/conversations/[id]/messages/route": {
    method: "POST", url: "/api/chat/conversations/{chat}/messages", expect: "401     201     404     404     404     201     201",
    body: () => form({ body: "A chat message from the access matrix." }),
  },
  // documents: {document} is assigned to A alone
  "/api/documents/[id]/route":          { method: "GET", url: "/api/documents/{document}", expect: "404     200     404     404     404     200     200" },
  "/api/documents/versions/[versionId]/route": { method: "GET", url: "/api/documents/versions/{documentVersion}", expect: "404     200     404     404     404     200     200" },
  "/api/admin/documents/route": {
    method: "POST", url: "/api/admin/documents", expect: "401     404     404     404     404     201     201",
    body: () => form({ title: "Matrix document", description: "", category: "", file: new File([png()], "doc.png", { type: "image/png" }) }),
  },
  "/api/confirmations/[id]/receipt/route": { method: "GET", url: "/api/confirmations/{confirmationRecipient}/receipt", expect: "404     200     404     404     404     200     200" },
  // Under /admin, proxy.ts sends the signed-out to sign-in (307) before the handler runs.
  "/admin/confirmations/[id]/export/route": { method: "GET", url: "/admin/confirmations/{confirmation}/export", expect: "307     404     404     404     404     200     200" },
  "/admin/assets/export/route":         { method: "GET", url: "/admin/assets/export", expect: "307     404     404     404     404     200     200" },
  "/api/kb/images/[id]/route":          { method: "GET", url: "/api/kb/images/{kbImage}", expect: "404     404     404     404     404     200     200" },
  "/api/kb/images/route":               { method: "POST", url: "/api/kb/images", expect: "401     404     404     404     404     201     201", body: () => form({ file: new File([png()], "pic.png", { type: "image/png" }) }) },
  "/api/tickets/route": {
    method: "POST", url: "/api/tickets", expect: "401     201     201     201     201     201     201",
    body: (w) => form({ subject: "Matrix ticket", description: "Filed by the access matrix.", categoryId: w.staffCategoryId, urgency: "LOW" }),
  },
  "/api/tickets/[id]/messages/route": {
    method: "POST", url: "/api/tickets/{ticket}/messages", expect: "401     201     404     201     404     201     201",
    body: (w, who) => form({ ticketId: String(subjectOf(w, who).ticketId), body: "A reply from the access matrix." }),
  },
};

// ──────────────────────────── server actions ──────────────────────────── anon    A       A2      A2s     B       agent   admin
const fd = (entries: Record<string, string>) => form(entries);
const ticketOf = (w: World, who: Who) => String(subjectOf(w, who).ticketId);


// Things of a cell's own, for actions that change or delete what they act on.
const newAnnouncement = () =>
  db.announcement.create({ data: { messageEn: "Doomed", messageEs: "Condenado", startsAt: new Date(), endsAt: new Date(Date.now() + 60_000) } });
async function newAssetOf(userId: string, byId: string) {
  const type = await db.assetType.upsert({ where: { name: "Matrix" }, create: { name: "Matrix" }, update: {} });
  const asset = await db.asset.create({ data: { tag: `MX-${randomUUID().slice(0, 12)}`, name: "Matrix phone", typeId: type.id, status: "IN_USE" } });
  await db.assetAssignment.create({ data: { assetId: asset.id, userId, openAssetId: asset.id, assignedById: byId } });
  return asset;
}
const newChatOf = (requesterId: string) => db.chatConversation.create({ data: { requesterId, status: "WAITING" } });
/** A pending confirmation request to customer A: the recipient row (its id and its request's). */
async function newConfirmationFor(w: World) {
  const made = await createConfirmationRequest(w.people.agent, { kind: "POLICY_TEXT", title: "Matrix", text: "I agree.", recipients: [w.people.customerA.email] });
  if (!made.ok) throw new Error(`matrix confirmation: ${JSON.stringify(made)}`);
  return db.confirmationRecipient.findFirstOrThrow({ where: { requestId: made.data.id } });
}

export const ACTIONS: Record<string, ActionRow> = {
  // sign-in and account
  "lib/auth/actions.ts#loginAction":                    { args: () => [null, fd({ email: "nobody@example.test", password: "wrong" })], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  "lib/auth/actions.ts#logoutAction":                   { args: () => [], expect: "allowed allowed allowed allowed allowed allowed allowed", endsSession: true },
  "lib/auth/sso/actions.ts#ssoSignInAction":            { args: () => [fd({ provider: "google" })], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  "lib/auth/sso/actions.ts#unlinkAccountAction":        { args: async (w) => [null, fd({ accountId: (await db.oAuthAccount.create({ data: { userId: w.bystanderId, provider: "google", providerAccountId: randomUUID() } })).id })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/auth/password-actions.ts#forgotPasswordAction":  { args: () => [null, fd({ email: "nobody@example.test" })], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  "lib/auth/password-actions.ts#resetPasswordAction":   { args: () => [null, fd({ token: "no-such-token", password: "x", confirmPassword: "x" })], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  "lib/auth/password-actions.ts#changePasswordAction":  { args: () => [null, fd({ currentPassword: "wrong", password: "n", confirmPassword: "n" })], expect: "refused allowed allowed allowed allowed allowed allowed" },
  "lib/auth/password-actions.ts#signOutEverywhereAction": { args: () => [], expect: "allowed allowed allowed allowed allowed allowed allowed", endsSession: true },
  "lib/i18n/actions.ts#setLocaleAction":                { args: () => ["en"], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  // tickets
  "lib/tickets/actions.ts#updateTicketAction":          { args: (w, who) => [null, fd({ ticketId: ticketOf(w, who), version: "0" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/tickets/actions.ts#resolveAction":               { args: (w, who) => [null, fd({ ticketId: ticketOf(w, who) })], expect: "refused allowed refused refused refused refused refused" },
  "lib/tickets/actions.ts#reopenAction":                { args: (w, who) => [null, fd({ ticketId: ticketOf(w, who), reason: "It broke again." })], expect: "refused allowed refused refused refused refused refused" },
  "lib/tickets/actions.ts#rateAction":                  { args: (w, who) => [null, fd({ ticketId: ticketOf(w, who), rating: "5", comment: "" })], expect: "refused allowed refused refused refused refused refused" },
  "lib/tickets/actions.ts#ticketEmailsAction":          { args: () => [null, fd({ notifyByEmail: "on" })], expect: "refused allowed allowed allowed allowed allowed allowed" },
  "lib/tickets/actions.ts#findArticlesForReplyAction":  { args: (w, who) => [subjectOf(w, who).ticketId, "router", false], expect: "refused refused refused refused refused allowed allowed" },
  "lib/tickets/actions.ts#ticketPulseAction":          { args: (w, who) => [subjectOf(w, who).ticketId, new Date().toISOString()], expect: "refused refused refused refused refused allowed allowed", refusedWhen: (r) => r === "1:null" },
  "lib/tickets/bulk-actions.ts#bulkUpdateAction":       { args: (w, who) => [null, fd({ ids: ticketOf(w, who), change: "nothing" })], expect: "refused refused refused refused refused allowed allowed" },
  // canned responses
  "lib/canned/actions.ts#saveCannedResponseAction":     { args: () => [null, fd({ id: "", title: "" })], expect: "refused refused refused refused refused refused allowed" },
  "lib/canned/actions.ts#deleteCannedResponseAction":   { args: async (w) => [null, fd({ id: (await db.cannedResponse.create({ data: { title: "Doomed", body: "x", locale: "en", active: true, createdById: w.people.admin.id } })).id })], expect: "refused refused refused refused refused refused allowed" },
  "lib/canned/actions.ts#insertCannedResponseAction":   { args: (w, who) => [w.cannedId, subjectOf(w, who).ticketId], expect: "refused refused refused refused refused allowed allowed" },
  // people and organizations
  "lib/accounts/actions.ts#createPersonAction":         { args: () => [null, fd({ email: "", name: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/accounts/actions.ts#updatePersonAction":         { args: (w) => [null, fd({ userId: w.people.customerA.id, email: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/accounts/actions.ts#updatePortalOptionsAction":  { args: (w) => [null, fd({ userId: w.bystanderId })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/accounts/actions.ts#initializePasswordAction":   { args: (w) => [null, fd({ userId: w.bystanderId })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/organizations/actions.ts#updateOrganizationAction": { args: (w) => [null, fd({ organizationId: w.people.customerA.organizationId ?? "", name: "" })], expect: "refused refused refused refused refused refused allowed" },
  // knowledge base
  "lib/kb/actions.ts#giveFeedbackAction":               { args: (w) => [null, fd({ articleId: w.articleId, helpful: "yes", comment: "" })], expect: "refused allowed allowed allowed allowed allowed allowed" },
  "lib/kb/actions.ts#suggestArticlesAction":            { args: () => ["router"], expect: "refused allowed allowed allowed allowed allowed allowed", refusedWhen: (r) => r === "1:[]" },
  "lib/kb/actions.ts#recordSuggestionOpenAction":       { args: (w) => [randomUUID(), w.articleId], expect: "refused allowed allowed allowed allowed allowed allowed" },
  "lib/kb/actions.ts#saveArticleAction":                { args: () => [null, fd({ id: "", title: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/kb/actions.ts#previewArticleAction":             { args: () => ["**bold**"], expect: "refused refused refused refused refused allowed allowed", refusedWhen: (r) => r === '1:""' },
  "lib/kb/actions.ts#saveCategoryAction":               { args: () => [null, fd({ id: "", slug: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/kb/actions.ts#deleteCategoryAction":             { args: async () => [null, fd({ id: (await db.kbCategory.create({ data: { slug: `doomed-${randomUUID()}`, nameEn: "Doomed", nameEs: "Condenada" } })).id })], expect: "refused refused refused refused refused allowed allowed" },
  // settings
  "lib/email/actions.ts#retryEmailAction":              { args: (w) => [null, fd({ id: w.outboxId })], expect: "refused refused refused refused refused refused allowed" },
  "lib/request-types/actions.ts#saveRequestTypeAction": { args: () => [null, fd({ slug: "" })], expect: "refused refused refused refused refused refused allowed" },
  "lib/request-types/actions.ts#saveFieldAction":       { args: (w) => [null, fd({ typeId: w.requestTypeId, labelEn: "" })], expect: "refused refused refused refused refused refused allowed" },
  "lib/request-types/actions.ts#requestTypeCommandAction": {
    args: async (_world, _who, scratch) => {
      // Made inactive, so no other test's new-ticket form offers it.
      const type = await db.ticketCategory.create({ data: { slug: `cmd-${randomUUID()}`, nameEn: "Cmd", nameEs: "Cmd", icon: "laptop", active: false } });
      scratch.typeId = type.id;
      return [fd({ typeId: type.id, command: "activate" })];
    },
    changed: async (scratch) => (await db.ticketCategory.findUniqueOrThrow({ where: { id: scratch.typeId } })).active,
    expect: "refused refused refused refused refused refused allowed",
  },
  "lib/jobs/actions.ts#retryJobFailureAction": {
    // A failure of a job no handler knows: an admin gets past the rights check to "unknown job", and nothing runs.
    args: async () => [null, fd({ id: (await db.jobFailure.create({ data: { name: "matrix.no-such-job", payload: "{}", error: "x", attempts: 1 } })).id })],
    expect: "refused refused refused refused refused refused allowed",
  },
  // announcements (admin screens; closing one is anyone's own)
  "lib/announcements/actions.ts#saveAnnouncementAction":   { args: () => [null, fd({ id: "", severity: "INFO", messageEn: "" })], expect: "refused refused refused refused refused refused allowed" },
  "lib/announcements/actions.ts#deleteAnnouncementAction": { args: async () => [null, fd({ id: (await newAnnouncement()).id })], expect: "refused refused refused refused refused refused allowed" },
  "lib/announcements/actions.ts#dismissAnnouncementAction": { args: (w) => [null, fd({ id: w.announcementId })], expect: "refused allowed allowed allowed allowed allowed allowed" },
  // assets
  "lib/assets/actions.ts#saveAssetAction":              { args: () => [null, fd({ id: "", name: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/assets/actions.ts#checkOutAssetAction":          { args: (w) => [null, fd({ assetId: w.assetId, userId: "", comment: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/assets/actions.ts#checkInAssetAction": {
    args: async (w, _who, scratch) => {
      scratch.assetId = (await newAssetOf(w.people.customerA.id, w.people.agent.id)).id;
      return [null, fd({ assetId: scratch.assetId, comment: "" })];
    },
    changed: async (scratch) => (await db.assetAssignment.count({ where: { assetId: scratch.assetId, endedAt: null } })) === 0,
    expect: "refused refused refused refused refused allowed allowed",
  },
  "lib/assets/actions.ts#bulkUpdateAssetsAction":       { args: (w) => [null, fd({ ids: w.assetId, change: "nothing" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/assets/actions.ts#saveAssetLookupAction":        { args: () => [null, fd({ kind: "type", id: "", name: "" })], expect: "refused refused refused refused refused refused allowed" },
  "lib/assets/actions.ts#deleteAssetLookupAction":      { args: async () => [null, fd({ kind: "location", id: (await db.assetLocation.create({ data: { name: `Doomed ${randomUUID()}` } })).id })], expect: "refused refused refused refused refused refused allowed" },
  "lib/assets/actions.ts#importAssetsAction":           { args: () => [null, fd({ confirm: "1", csv: "" })], expect: "refused refused refused refused refused allowed allowed" },
  // chat ({chat} is A's; actions that change a conversation get one of their own)
  "lib/chat/actions.ts#markReadAction":                 { args: (w) => [w.chatId, 1], expect: "refused allowed refused refused refused allowed allowed" },
  "lib/chat/actions.ts#typingAction":                   { args: (w) => [w.chatId], expect: "refused allowed refused refused refused allowed allowed" },
  "lib/chat/actions.ts#acceptAction":                   { args: async (w) => [null, fd({ conversationId: (await newChatOf(w.people.customerA.id)).id })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/chat/actions.ts#closeAction":                    { args: async (w) => [null, fd({ conversationId: (await newChatOf(w.people.customerA.id)).id })], expect: "refused allowed refused refused refused allowed allowed" },
  "lib/chat/actions.ts#requestTicketAction":            { args: async (w) => [null, fd({ conversationId: (await newChatOf(w.people.customerA.id)).id })], expect: "refused allowed refused refused refused refused refused" },
  "lib/chat/actions.ts#transferAction":                 { args: (w) => [null, fd({ conversationId: w.chatId, agentId: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/chat/actions.ts#convertAction":                  { args: (w) => [null, fd({ conversationId: w.chatId, subject: "", categoryId: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/chat/actions.ts#availabilityAction":             { args: () => [null, fd({ availability: "AWAY" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/chat/actions.ts#insertChatCannedAction":         { args: (w) => [w.cannedId, w.chatId], expect: "refused refused refused refused refused allowed allowed" },
  // confirmations
  "lib/confirmations/actions.ts#createRequestAction":   { args: () => [null, fd({ kind: "POLICY_TEXT", title: "", recipients: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/confirmations/actions.ts#withdrawRequestAction": { args: async (w) => [null, fd({ id: (await newConfirmationFor(w)).requestId })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/confirmations/actions.ts#remindAction":          { args: async (w) => { const r = await newConfirmationFor(w); return [null, fd({ recipientId: r.id, requestId: r.requestId })]; }, expect: "refused refused refused refused refused allowed allowed" },
  "lib/confirmations/actions.ts#answerAction": {
    // A's own pending request, signed with A's name: only an answer that took counts as allowed.
    args: async (w, _who, scratch) => {
      scratch.recipientId = (await newConfirmationFor(w)).id;
      return [null, fd({ recipientIds: scratch.recipientId, decision: "confirm", signatureName: w.people.customerA.name, agreed: "on", comment: "" })];
    },
    changed: async (scratch) => (await db.confirmationRecipient.findUniqueOrThrow({ where: { id: scratch.recipientId } })).state !== "PENDING",
    expect: "refused allowed refused refused refused refused refused",
  },
  // documents
  "lib/documents/actions.ts#updateDocumentDetailsAction": { args: (w) => [null, fd({ documentId: w.documentId, title: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/documents/actions.ts#assignDocumentAction":      { args: (w) => [null, fd({ documentId: w.documentId, type: "person", email: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/documents/actions.ts#unassignDocumentAction": {
    args: async (w, _who, scratch) => {
      scratch.assignmentId = (await db.documentAssignment.create({ data: { documentId: w.documentId, userId: w.bystanderId, assignedById: w.people.agent.id } })).id;
      return [null, fd({ assignmentId: scratch.assignmentId, documentId: w.documentId })];
    },
    changed: async (scratch) => (await db.documentAssignment.count({ where: { id: scratch.assignmentId } })) === 0,
    expect: "refused refused refused refused refused allowed allowed",
  },
  "lib/documents/actions.ts#deleteDocumentAction":      { args: async (w) => [null, fd({ documentId: (await db.document.create({ data: { title: "Doomed", createdById: w.people.agent.id } })).id })], expect: "refused refused refused refused refused refused allowed" },
  "lib/documents/actions.ts#findPeopleAction":          { args: (w) => [w.people.customerA.email], expect: "refused refused refused refused refused allowed allowed", refusedWhen: (r) => r === "1:[]" },
  // notes
  "lib/notes/actions.ts#saveNoteAction":                { args: () => [null, fd({ id: "", title: "", type: "person", email: "" })], expect: "refused refused refused refused refused allowed allowed" },
  "lib/notes/actions.ts#deleteNoteAction":              { args: async (w) => [null, fd({ id: (await db.note.create({ data: { title: "Doomed", body: "x", userId: w.bystanderId, authorId: w.people.agent.id } })).id })], expect: "refused refused refused refused refused allowed allowed" },
  // agent notifications and time zones
  "lib/notifications/actions.ts#unreadCountAction":     { args: () => [], expect: "allowed allowed allowed allowed allowed allowed allowed" },
  "lib/notifications/actions.ts#markAllReadAction": {
    // An unread notification of the cell's own person: only staff may (and do) mark theirs read.
    args: async (w, who, scratch) => {
      if (who !== "anonymous") scratch.notificationId = (await db.notification.create({ data: { userId: w.people[who].id, type: "ASSIGNED", ticketId: w.subjects.own.ticketId } })).id;
      return [];
    },
    changed: async (scratch) => Boolean(scratch.notificationId) && (await db.notification.findUniqueOrThrow({ where: { id: scratch.notificationId } })).readAt !== null,
    expect: "refused refused refused refused refused allowed allowed",
  },
  "lib/notifications/actions.ts#agentEmailPreferencesAction": { args: () => [null, fd({})], expect: "refused refused refused refused refused allowed allowed" },
  "lib/time-zones/actions.ts#setTimeZoneAction":        { args: () => [null, fd({ timeZone: "Nowhere/Nothing" })], expect: "refused allowed allowed allowed allowed allowed allowed" },
  "lib/time-zones/actions.ts#adoptBrowserTimeZoneAction": { args: () => ["UTC"], expect: "refused allowed allowed allowed allowed allowed allowed", refusedWhen: (r) => r === "1:false" },
  "lib/settings/actions.ts#resetBrandingAction":        { args: () => [null], expect: "refused refused refused refused refused refused allowed" },
  "lib/settings/actions.ts#updatePortalSettingsAction": { args: () => [null, fd({ siteName: "" })], expect: "refused refused refused refused refused refused allowed" },
};
