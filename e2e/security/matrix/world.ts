import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveCannedResponse } from "@/lib/canned/service";
import { answerConfirmations, createConfirmationRequest } from "@/lib/confirmations/service";
import { saveArticle } from "@/lib/kb/service";
import { uploadKbImage } from "@/lib/kb/images";
import { saveRequestType } from "@/lib/request-types/service";
import { localStorage } from "@/lib/storage/local";
import { createTicket } from "@/lib/tickets/service";
import { PNG } from "@/test/files";
import { E2E_BASE_URL, E2E_STORAGE_DIR } from "../../env";
import { createPerson, type Person } from "../../fixtures";

// The people and things every cell of the access matrix is asked about, made through the app's
// own services on the server's database.

/** The columns of the matrix, in the order the tables list them. */
export const WHO = ["anonymous", "customerA", "colleagueA2", "colleagueA2Shared", "customerB", "agent", "admin"] as const;
export type Who = (typeof WHO)[number];

export type Subject = { ticketId: number; attachmentId: string };

export type World = {
  people: Record<Exclude<Who, "anonymous">, Person>;
  /** Customer A's ticket, and the ticket of a requester whose organization shares (what colleagueA2Shared is asked about). */
  subjects: { own: Subject; shared: Subject };
  articleSlug: string;
  articleId: string;
  kbCategorySlug: string;
  kbCategoryId: string;
  cannedId: string;
  requestTypeId: string;
  outboxId: string;
  kbImageId: string;
  staffCategoryId: string;
  /** A customer whom actions about people may change (options, password) without touching the columns' sessions. */
  bystanderId: string;
  /** Customer A's chat conversation, a note to A, a document (one version) assigned to A, a confirmation request to A, an asset handed to A, an announcement. */
  chatId: string;
  chatAttachmentId: string;
  noteId: string;
  documentId: string;
  documentVersionId: string;
  confirmationId: string;
  /** A's answer (recipient row) to that confirmation request. */
  confirmationRecipientId: string;
  assetId: string;
  announcementId: string;
};

/** What a cell's path or payload names: the colleague in a sharing organization is asked about that organization's ticket. */
export function subjectOf(world: World, who: Who): Subject {
  return who === "colleagueA2Shared" ? world.subjects.shared : world.subjects.own;
}

async function ticketWithFile(requester: Person): Promise<Subject> {
  const category = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });
  const created = await createTicket(
    requester,
    { subject: `Matrix ${randomUUID().slice(0, 6)}`, description: "Asked about by every role.", categoryId: category.id, urgency: "LOW" },
    { storage: localStorage(E2E_STORAGE_DIR), files: [{ name: "shot.png", bytes: PNG }] },
  );
  if (!created.ok) throw new Error(`matrix ticket: ${JSON.stringify(created)}`);
  const attachment = await db.attachment.findFirstOrThrow({ where: { ticketId: created.data.id } });
  return { ticketId: created.data.id, attachmentId: attachment.id };
}

export async function buildWorld(): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const orgA = `Matrix A ${tag}`;
  const orgShared = `Matrix S ${tag}`;
  const customerA = await createPerson("CUSTOMER", `Ann ${tag}`, orgA);
  const colleagueA2 = await createPerson("CUSTOMER", `Al ${tag}`, orgA);
  const sharedRequester = await createPerson("CUSTOMER", `Sue ${tag}`, orgShared);
  const colleagueA2Shared = await createPerson("CUSTOMER", `Sam ${tag}`, orgShared);
  await db.organization.update({ where: { name: orgShared }, data: { shareTickets: true } });
  const customerB = await createPerson("CUSTOMER", `Bea ${tag}`, `Matrix B ${tag}`);
  const bystander = await createPerson("CUSTOMER", `Bo ${tag}`, orgA);
  const agent = await createPerson("AGENT");
  const admin = await createPerson("ADMIN");

  const own = await ticketWithFile(customerA);
  const shared = await ticketWithFile(sharedRequester);

  const kbCategory = await db.kbCategory.create({ data: { slug: `matrix-${tag}`, nameEn: `Matrix ${tag}`, nameEs: `Matriz ${tag}` } });
  const image = await uploadKbImage(admin, { name: "diagram.png", bytes: PNG }, localStorage(E2E_STORAGE_DIR));
  if (!image.ok) throw new Error(`matrix image: ${JSON.stringify(image)}`);
  const article = await saveArticle(agent, {
    title: `Matrix article ${tag}`,
    slug: `matrix-${tag}`,
    body: "Restart the router.",
    locale: "en",
    state: "PUBLISHED",
    visibility: "PORTAL",
    categoryId: kbCategory.id,
  });
  if (!article.ok) throw new Error(`matrix article: ${JSON.stringify(article)}`);
  const canned = await saveCannedResponse(admin, { id: "", title: `Matrix ${tag}`, body: "Hello {{requester.name}}", locale: "en", active: true });
  if (!canned.ok) throw new Error(`matrix canned: ${JSON.stringify(canned)}`);
  const requestType = await saveRequestType(admin, null, { slug: `matrix-${tag}`, nameEn: `Matrix ${tag}`, nameEs: `Matriz ${tag}`, descriptionEn: "", descriptionEs: "", icon: "laptop" });
  if (!requestType.ok) throw new Error(`matrix request type: ${JSON.stringify(requestType)}`);
  const outbox = await db.emailMessage.create({ data: { to: customerA.email, subject: "Matrix", text: "x", html: "<p>x</p>", kind: "matrix" } });
  const staffCategory = await db.ticketCategory.findFirstOrThrow({ where: { slug: "hardware" } });

  const chat = await db.chatConversation.create({ data: { requesterId: customerA.id, status: "WAITING", lastSeq: 1 } });
  const chatMessage = await db.chatMessage.create({ data: { conversationId: chat.id, seq: 1, authorId: customerA.id, body: "My screen is blank." } });
  const chatFileKey = `chat/${randomUUID()}`;
  await localStorage(E2E_STORAGE_DIR).put(chatFileKey, PNG);
  const chatAttachment = await db.chatAttachment.create({
    data: { conversationId: chat.id, messageId: chatMessage.id, fileName: "screen.png", contentType: "image/png", size: PNG.length, storageKey: chatFileKey, uploadedById: customerA.id },
  });
  const note = await db.note.create({ data: { title: `Matrix ${tag}`, body: "For A only.", userId: customerA.id, authorId: agent.id } });
  const storageKey = `documents/${randomUUID()}`;
  await localStorage(E2E_STORAGE_DIR).put(storageKey, PNG);
  const document = await db.document.create({
    data: {
      title: `Matrix ${tag}`,
      createdById: agent.id,
      versions: { create: { number: 1, fileName: "policy.png", contentType: "image/png", size: PNG.length, sha256: createHash("sha256").update(PNG).digest("hex"), storageKey, uploadedById: agent.id } },
      assignments: { create: { userId: customerA.id, assignedById: agent.id } },
    },
    include: { versions: true },
  });
  // A confirmation request to A, answered (so its receipt exists) through the app's own services.
  const requested = await createConfirmationRequest(agent, { kind: "POLICY_TEXT", title: `Matrix ${tag}`, text: "I have read the policy.", recipients: [customerA.email] });
  if (!requested.ok) throw new Error(`matrix confirmation: ${JSON.stringify(requested)}`);
  const recipient = await db.confirmationRecipient.findFirstOrThrow({ where: { requestId: requested.data.id, userId: customerA.id } });
  const answered = await answerConfirmations(customerA, { recipientIds: [recipient.id], decision: "confirm", signatureName: customerA.name, agreed: true }, { ip: null, userAgent: null });
  if (!answered.ok) throw new Error(`matrix confirmation answer: ${JSON.stringify(answered)}`);
  const assetType = await db.assetType.upsert({ where: { name: "Matrix" }, create: { name: "Matrix" }, update: {} });
  const asset = await db.asset.create({ data: { tag: `MX-${tag}`, name: `Matrix laptop ${tag}`, typeId: assetType.id, status: "IN_USE" } });
  await db.assetAssignment.create({ data: { assetId: asset.id, userId: customerA.id, openAssetId: asset.id, assignedById: agent.id } });
  const announcement = await db.announcement.create({
    data: { messageEn: `Matrix ${tag}`, messageEs: `Matriz ${tag}`, startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + 3_600_000), createdById: admin.id },
  });

  return {
    people: { customerA, colleagueA2, colleagueA2Shared, customerB, agent, admin },
    subjects: { own, shared },
    articleSlug: `matrix-${tag}`,
    articleId: article.data.id,
    kbCategorySlug: kbCategory.slug,
    kbCategoryId: kbCategory.id,
    cannedId: canned.data.id,
    requestTypeId: requestType.data.id,
    outboxId: outbox.id,
    kbImageId: image.data.id,
    staffCategoryId: staffCategory.id,
    bystanderId: bystander.id,
    chatId: chat.id,
    chatAttachmentId: chatAttachment.id,
    noteId: note.id,
    documentId: document.id,
    documentVersionId: document.versions[0].id,
    confirmationId: requested.data.id,
    confirmationRecipientId: recipient.id,
    assetId: asset.id,
    announcementId: announcement.id,
  };
}

/** Signs in through Auth.js's own credentials endpoint (no browser) and returns the Cookie header. */
export async function sessionCookie(person: Person): Promise<string> {
  const csrf = await fetch(`${E2E_BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${E2E_BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email: person.email, password: person.password, csrfToken, callbackUrl: "/" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`matrix: ${person.email} could not sign in (${response.status})`);
  return cookie();
}
