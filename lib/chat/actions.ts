"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import {
  acceptConversation,
  announceTyping,
  closeConversation,
  convertToTicket,
  markRead,
  renderCannedForChat,
  requestTicket,
  setAvailability,
  transferConversation,
} from "./service";

// Thin server actions over lib/chat/service: each signs the viewer in, lets the service decide,
// and answers in the viewer's language. Messages and files go through route handlers instead.

type Run<T> = (viewer: NonNullable<Awaited<ReturnType<typeof getSession>>>) => Promise<ActionResult<T>>;

async function asViewer<T>(run: Run<T>): Promise<ActionResult<T>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<T>("chat", fail("errors.signedOut"));
  return translateResult("chat", await run(viewer));
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const refresh = (id: string) => {
  revalidatePath(`/chat/${id}`);
  revalidatePath(`/admin/chat/${id}`);
};

export async function markReadAction(conversationId: string, seq: number) {
  return asViewer((viewer) => markRead(viewer, { conversationId, seq }));
}

export async function typingAction(conversationId: string) {
  return asViewer((viewer) => announceTyping(viewer, conversationId));
}

export async function acceptAction(_prev: ActionResult | null, form: FormData) {
  const id = text(form, "conversationId");
  const result = await asViewer((viewer) => acceptConversation(viewer, id));
  if (result.ok) refresh(id);
  return result;
}

export async function closeAction(_prev: ActionResult | null, form: FormData) {
  const id = text(form, "conversationId");
  const result = await asViewer((viewer) => closeConversation(viewer, id));
  if (result.ok) refresh(id);
  return result;
}

export async function requestTicketAction(_prev: ActionResult | null, form: FormData) {
  const id = text(form, "conversationId");
  const result = await asViewer((viewer) => requestTicket(viewer, id));
  if (result.ok) refresh(id);
  return result;
}

export async function transferAction(_prev: ActionResult | null, form: FormData) {
  const id = text(form, "conversationId");
  const result = await asViewer((viewer) => transferConversation(viewer, { conversationId: id, agentId: text(form, "agentId") }));
  if (result.ok) refresh(id);
  return result;
}

export async function convertAction(_prev: ActionResult<{ ticketId: number }> | null, form: FormData) {
  const id = text(form, "conversationId");
  const result = await asViewer((viewer) =>
    convertToTicket(viewer, { conversationId: id, subject: text(form, "subject"), categoryId: text(form, "categoryId") }),
  );
  if (result.ok) refresh(id);
  return result;
}

export async function availabilityAction(_prev: ActionResult<{ availability: "ONLINE" | "AWAY" }> | null, form: FormData) {
  const result = await asViewer((viewer) => setAvailability(viewer, text(form, "availability")));
  if (result.ok) revalidatePath("/admin/chat", "layout");
  return result;
}

export async function insertChatCannedAction(id: string, conversationId: string) {
  return asViewer((viewer) => renderCannedForChat(viewer, { id, conversationId }));
}
