import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs";
import { emailUnreadAnswer } from "./notify";

/** Runs the portal's delay after a support answer; sends only what is still unread then. */
export const unreadEmailJob = defineJob({
  name: "chat.unread-email",
  payload: z.object({ conversationId: z.string().max(64) }),
  run: async ({ conversationId }) => {
    await emailUnreadAnswer(conversationId);
  },
  retry: { limit: 5, backoffSeconds: 30 },
});
