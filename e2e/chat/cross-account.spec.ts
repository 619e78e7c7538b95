import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { expect, newPage, signIn, test } from "../fixtures";
import { startChat } from "./chat-fixtures";

// Every chat route and action against a conversation that is not the viewer's: the same 404 as
// an unknown id, and nothing changes.

test("another customer gets the unknown-id 404 for the page, stream, post, and attachment; agent-only routes refuse customers", async ({ browser, customer, otherCustomer }) => {
  const owner = await newPage(browser);
  await signIn(owner, customer);
  const id = await startChat(owner, "Private conversation", /Start the conversation|Leave a message/);
  // A file on the first message, through the real route.
  const upload = await owner.request.post(`/api/chat/conversations/${id}/messages`, {
    multipart: { body: "with a file", attachments: { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("hello") } },
    headers: { origin: new URL(owner.url()).origin },
  });
  expect(upload.status()).toBe(201);
  const attachment = await db.chatAttachment.findFirstOrThrow({ where: { conversationId: id } });
  expect((await owner.request.get(`/api/chat/attachments/${attachment.id}`)).status()).toBe(200);

  const intruder = await newPage(browser);
  await signIn(intruder, otherCustomer);
  const unknown = randomUUID().replace(/-/g, "");
  for (const target of [id, unknown]) {
    const page = await intruder.goto(`/chat/${target}`);
    expect(page?.status()).toBe(404);
    expect((await intruder.request.get(`/api/chat/stream?conversation=${target}`)).status()).toBe(404);
    const post = await intruder.request.post(`/api/chat/conversations/${target}/messages`, { multipart: { body: "intrusion" } });
    expect(post.status()).toBe(404);
    expect((await post.json()).message).toBe("This conversation does not exist or is not yours to see.");
  }
  expect((await intruder.request.get(`/api/chat/attachments/${attachment.id}`)).status()).toBe(404);
  expect((await intruder.request.get(`/api/chat/attachments/${unknown}`)).status()).toBe(404);
  expect(await db.chatMessage.count({ where: { conversationId: id, body: "intrusion" } })).toBe(0);

  // The console and posting as an agent are not a customer's.
  expect((await intruder.goto("/admin/chat"))?.status()).toBe(404);
  expect((await intruder.goto(`/admin/chat/${id}`))?.status()).toBe(404);
  const asAgent = await owner.request.post(`/api/chat/conversations/${id}/messages`, { multipart: { body: "fake note", internal: "on" } });
  expect(asAgent.status()).toBe(403);
  expect(await db.chatMessage.count({ where: { conversationId: id, kind: "INTERNAL" } })).toBe(0);

  // Signed out: the stream and the post answer like an unknown conversation.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/chat/stream?conversation=${id}`)).status()).toBe(404);
  expect((await anonymous.request.get(`/api/chat/attachments/${attachment.id}`)).status()).toBe(404);
});

test("chat switched off for a person: no nav entry, 404 for page and stream, and an open stream is closed", async ({ browser, customer }) => {
  const portal = await newPage(browser);
  await signIn(portal, customer);
  const id = await startChat(portal, "Soon switched off", /Start the conversation|Leave a message/);
  await db.userPortalOptions.update({ where: { userId: customer.id }, data: { showChat: false } });
  // The open stream notices at its next heartbeat and ends.
  await expect(portal.getByTestId("chat-connection")).toHaveText("This conversation is no longer available to you.", { timeout: 25_000 });
  expect((await portal.goto(`/chat/${id}`))?.status()).toBe(404);
  expect((await portal.goto("/chat"))?.status()).toBe(404);
  expect((await portal.request.get("/api/chat/stream")).status()).toBe(404);
  await portal.goto("/tickets");
  await expect(portal.getByRole("link", { name: /^Chat/ })).toHaveCount(0);
});

test("flooding is refused with a clear message and the text is kept", async ({ browser, customer }) => {
  const portal = await newPage(browser);
  await signIn(portal, customer);
  const id = await startChat(portal, "Flood", /Start the conversation|Leave a message/);
  for (let i = 0; i < 12; i++) await portal.request.post(`/api/chat/conversations/${id}/messages`, { multipart: { body: `burst ${i}` } });
  await portal.locator("#chat-body").fill("keep this text");
  await portal.locator("#chat-body").press("Enter");
  await expect(portal.getByText(/You are sending messages too fast/)).toBeVisible();
  await expect(portal.locator("#chat-body")).toHaveValue("keep this text");
});
