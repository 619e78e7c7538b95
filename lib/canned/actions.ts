"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { deleteCannedResponse, renderCannedResponse, saveCannedResponse } from "./service";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// Thin wrappers: read the input, find the viewer, let the service decide (it re-checks rights).

export async function saveCannedResponseAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("desk", fail("errors.signedOut"));
  const id = field(form, "id") ?? "";
  const result = await saveCannedResponse(viewer, {
    id,
    title: field(form, "title") ?? "",
    body: field(form, "body") ?? "",
    locale: (field(form, "locale") ?? "") as "any",
    active: form.get("active") === "on",
  });
  if (!result.ok) return translateResult("desk", result);
  revalidatePath("/admin/canned-responses");
  if (!id) redirect(`/admin/canned-responses?saved=1`);
  return result;
}

export async function deleteCannedResponseAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("desk", fail("errors.signedOut"));
  const result = await deleteCannedResponse(viewer, field(form, "id"));
  if (!result.ok) return translateResult("desk", result);
  revalidatePath("/admin/canned-responses");
  redirect("/admin/canned-responses?deleted=1");
}

/** The text of a canned response filled in for a ticket, for the reply box. */
export async function insertCannedResponseAction(id: string, ticketId: number): Promise<ActionResult<{ body: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("desk", fail("errors.signedOut"));
  return translateResult("desk", await renderCannedResponse(viewer, { id, ticketId }));
}
