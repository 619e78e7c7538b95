import { expect, newPage, signIn, test } from "../fixtures";
import { agentOnline, say, setLocale, startChat } from "./chat-fixtures";

// Two browsers, a customer and an agent, chatting live: nothing is reloaded by hand.

test("customer and agent chat live: waiting list, accept, messages both ways, typing, read, internal note", async ({ browser, customer, agent }) => {
  const console_ = await agentOnline(browser, agent, /Go online/);
  const portal = await newPage(browser);
  await signIn(portal, customer);
  await portal.goto("/chat");
  await expect(portal.getByText("Support is online.")).toBeVisible();
  const id = await startChat(portal, "My laptop will not boot", /Start the conversation/);

  // Announced live in the console: the waiting list and the tab title count.
  await expect(console_.getByTestId("console-chat-list").getByText("My laptop will not boot")).toBeVisible();
  await expect(console_).toHaveTitle(/^\(\d+\) /);
  await console_.getByTestId("console-chat-list").locator("li", { hasText: "My laptop will not boot" }).getByRole("button", { name: "Accept" }).click();
  await expect(console_).toHaveURL(new RegExp(`/admin/chat/${id}$`));
  await expect(console_.getByTestId("chat-connection")).toHaveText("Live");

  await expect(portal.getByTestId("chat-event").filter({ hasText: `${agent.name} joined the conversation` })).toBeVisible();
  await expect(portal.getByTestId("chat-agent")).toHaveText(`With ${agent.name}`);

  // Typing… then the answer.
  await console_.locator("#chat-body").pressSequentially("Hel");
  await expect(portal.getByTestId("chat-typing")).toHaveText("Support is typing…");
  await say(console_, "Hello, can you see https://example.org/help?");
  const answer = portal.getByTestId("chat-message").filter({ hasText: "Hello, can you see" });
  await expect(answer).toBeVisible();
  await expect(answer.getByRole("link", { name: "https://example.org/help" })).toHaveAttribute("rel", /noopener/);
  await expect(portal.getByTestId("chat-typing")).toHaveText("");

  await say(portal, "Yes. <b>not bold</b>");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Yes. <b>not bold</b>" })).toBeVisible();
  // The agent's console had the message in view: the customer sees it read.
  await expect(portal.getByTestId("chat-read")).toBeVisible();

  // An internal note stays between agents.
  await console_.getByLabel(/Internal note/).check();
  await say(console_, "Looks like a disk failure");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Looks like a disk failure" })).toBeVisible();
  await say(console_, "Please bring it to the desk");
  await expect(portal.getByTestId("chat-message").filter({ hasText: "Please bring it to the desk" })).toBeVisible();
  await expect(portal.getByText("Looks like a disk failure")).toHaveCount(0);

  // Messages show once each, in order, after a reload too.
  await portal.reload();
  await expect(portal.getByTestId("chat-message")).toHaveText([/My laptop will not boot/, /Hello, can you see/, /Yes\./, /Please bring it/]);

  // The customer closes it; the agent sees it closed live.
  portal.once("dialog", (d) => d.accept());
  await portal.getByRole("button", { name: "Close the conversation" }).click();
  await expect(console_.getByText("This conversation is closed.")).toBeVisible();
});

test("the same, in Spanish", async ({ browser, customer, agent }) => {
  await setLocale(customer, "es");
  await setLocale(agent, "es");
  const console_ = await agentOnline(browser, agent, /Ponerse en línea/);
  const portal = await newPage(browser);
  await signIn(portal, customer);
  await portal.goto("/chat");
  await expect(portal.getByText("Soporte está en línea.")).toBeVisible();
  const id = await startChat(portal, "No puedo imprimir", /Iniciar la conversación/);
  await console_.goto(`/admin/chat/${id}`);
  await console_.getByRole("button", { name: "Aceptar" }).click();
  await expect(portal.getByTestId("chat-event").filter({ hasText: `${agent.name} se unió a la conversación` })).toBeVisible();
  await say(console_, "Hola, ¿qué impresora?");
  await expect(portal.getByTestId("chat-message").filter({ hasText: "Hola, ¿qué impresora?" })).toBeVisible();
  await say(portal, "La de la segunda planta");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "La de la segunda planta" })).toBeVisible();
  await expect(portal.getByTestId("chat-read")).toHaveText("Leído");
});

test("on a 375 px phone the customer chats with an agent @phone", async ({ browser, customer, agent }) => {
  const console_ = await agentOnline(browser, agent, /Go online/);
  const phone = await newPage(browser);
  await phone.setViewportSize({ width: 375, height: 740 });
  await signIn(phone, customer);
  await expect(phone.getByRole("link", { name: /^Chat/ })).toBeVisible();
  const id = await startChat(phone, "Phone chat", /Start the conversation/);
  await console_.goto(`/admin/chat/${id}`);
  await console_.getByRole("button", { name: "Accept" }).click();
  await say(console_, "Answer on the phone");
  await expect(phone.getByTestId("chat-message").filter({ hasText: "Answer on the phone" })).toBeVisible();
  await say(phone, "Thanks");
  await expect(console_.getByTestId("chat-message").filter({ hasText: "Thanks" })).toBeVisible();
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test("an unread answer shows in the nav live on another portal page, and is cleared once read", async ({ browser, customer, agent }) => {
  test.slow(); // two browsers, three portal pages and the KB: past a minute on a busy machine
  const portal = await newPage(browser);
  await signIn(portal, customer);
  const id = await startChat(portal, "Badge test", /Start the conversation|Leave a message/);
  await portal.goto("/tickets");
  await expect(portal.getByRole("link", { name: "Chat", exact: true })).toBeVisible();
  // Set on this page's window: a reload or a navigation would lose it.
  await portal.evaluate(() => Object.assign(window, { portico_samePage: true }));
  const console_ = await newPage(browser);
  await signIn(console_, agent);
  await console_.goto(`/admin/chat/${id}`);
  await say(console_, "Unread answer");
  await expect(portal.getByRole("link", { name: "Chat (1 unread)" })).toBeVisible();
  expect(await portal.evaluate(() => (window as unknown as { portico_samePage?: boolean }).portico_samePage)).toBe(true);
  expect(portal.url()).toMatch(/\/tickets$/);

  await portal.goto("/chat");
  await expect(portal.getByTestId("chat-list").getByText("New answer")).toBeVisible();
  await portal.goto(`/chat/${id}`);
  await expect(portal.getByTestId("chat-message").filter({ hasText: "Unread answer" })).toBeVisible();
  // Read here: the count goes on the same page.
  await expect(portal.getByRole("link", { name: "Chat", exact: true })).toBeVisible();

  // The knowledge base has its own layout: the count is live there too.
  await portal.goto("/kb");
  await portal.evaluate(() => Object.assign(window, { portico_samePage: true }));
  await say(console_, "Another answer");
  await expect(portal.getByRole("link", { name: "Chat (1 unread)" })).toBeVisible();
  expect(await portal.evaluate(() => (window as unknown as { portico_samePage?: boolean }).portico_samePage)).toBe(true);
});
