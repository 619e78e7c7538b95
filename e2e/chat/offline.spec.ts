import { db } from "@/lib/db";
import { changePortalSettings, expect, mailsTo, newPage, signIn, test } from "../fixtures";
import { everyoneAway, say, startChat } from "./chat-fixtures";

// Changes the shared settings row (the unread-email delay) and everyone's availability: runs in the
// "settings" project, alone.

test("offline: the customer leaves a message, the answer is emailed after the portal's delay when unread", async ({ browser, customer, agent }) => {
  const { chatEmailDelayMinutes } = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
  await changePortalSettings({ chatEmailDelayMinutes: 0 });
  try {
    await everyoneAway();
    const portal = await newPage(browser);
    await signIn(portal, customer);
    await portal.goto("/chat");
    await expect(portal.getByText("Support is offline: leave a message, we answer here and by email.")).toBeVisible();
    const id = await startChat(portal, "Left while you were away", /Leave a message/);
    await expect(portal.getByText(/Sent while support was offline/)).toBeVisible();
    // The customer leaves before the answer.
    await portal.goto("/tickets");

    const console_ = await newPage(browser);
    await signIn(console_, agent);
    await console_.goto(`/admin/chat/${id}`);
    await say(console_, "Here is your answer, by email too");
    const [mail] = await mailsTo(customer.email);
    expect(mail.subject).toContain("unread answer");
    expect(mail.text).toContain("Here is your answer, by email too");
    expect(mail.text).toContain(`/chat/${id}`);
  } finally {
    await changePortalSettings({ chatEmailDelayMinutes });
  }
});
