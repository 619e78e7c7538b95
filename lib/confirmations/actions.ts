"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { clientIpOf, UNKNOWN_IP } from "@/lib/auth/client-ip";
import { viewerWithModule } from "@/lib/portal/require-module";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { answerConfirmations, createConfirmationRequest, remindByHand, withdrawConfirmationRequest } from "./service";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const list = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

export async function createRequestAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("confirmations", fail("errors.signedOut"));
  const result = await createConfirmationRequest(viewer, {
    kind: text(form, "kind") as "POLICY_TEXT",
    title: text(form, "title"),
    text: text(form, "text"),
    documentVersionId: text(form, "documentVersionId"),
    assetIds: list(form, "assetIds"),
    recipients: list(form, "recipients"),
  });
  if (!result.ok) return translateResult("confirmations", result);
  revalidatePath("/admin/confirmations");
  redirect(`/admin/confirmations/${result.data.id}?sent=1`);
}

export async function withdrawRequestAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("confirmations", fail("errors.signedOut"));
  const id = text(form, "id");
  const result = await withdrawConfirmationRequest(viewer, id);
  if (result.ok) revalidatePath(`/admin/confirmations/${id}`);
  return translateResult("confirmations", result);
}

export async function remindAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("confirmations", fail("errors.signedOut"));
  const result = await remindByHand(viewer, text(form, "recipientId"));
  if (result.ok) revalidatePath(`/admin/confirmations/${text(form, "requestId")}`);
  return translateResult("confirmations", result);
}

/** The portal's answer: one signature for every request chosen. IP and browser come from the request. */
export async function answerAction(_prev: ActionResult<{ count: number }> | null, form: FormData): Promise<ActionResult<{ count: number }>> {
  if (!(await getSession())) return translateResult<never>("confirmations", fail("errors.signedOut"));
  const viewer = await viewerWithModule("confirmations");
  if (!viewer) return translateResult<never>("confirmations", fail("errors.notFound"));
  const h = await headers();
  // The address that really connected (scripts/serve.mjs appends it), not what the client wrote.
  const ip = clientIpOf(h);
  const result = await answerConfirmations(
    viewer,
    {
      recipientIds: list(form, "recipientIds"),
      decision: text(form, "decision") as "confirm",
      signatureName: text(form, "signatureName"),
      agreed: form.get("agreed") === "on",
      comment: text(form, "comment"),
    },
    { ip: ip === UNKNOWN_IP ? null : ip, userAgent: h.get("user-agent") },
  );
  if (result.ok) revalidatePath("/confirmations");
  return translateResult("confirmations", result);
}
