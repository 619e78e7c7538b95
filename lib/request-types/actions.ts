"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { moveField, moveRequestType, saveField, saveRequestType, setFieldActive, setRequestTypeActive } from "./service";

// Thin wrappers: read the form, find the viewer, let the service decide (it checks for an admin).

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

const LIST = "/admin/request-types";

export async function saveRequestTypeAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("requestTypes", fail("errors.signedOut"));
  const id = text(form, "id") || null;
  const result = await saveRequestType(viewer, id, {
    slug: text(form, "slug") ?? "",
    nameEn: text(form, "nameEn") ?? "",
    nameEs: text(form, "nameEs") ?? "",
    descriptionEn: text(form, "descriptionEn") ?? "",
    descriptionEs: text(form, "descriptionEs") ?? "",
    icon: (text(form, "icon") ?? "") as "question",
  });
  if (!result.ok) return translateResult("requestTypes", result);
  revalidatePath(LIST);
  if (!id) redirect(`${LIST}/${result.data.id}?created=1`);
  revalidatePath(`${LIST}/${result.data.id}`);
  return result;
}

export async function saveFieldAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("requestTypes", fail("errors.signedOut"));
  const typeId = text(form, "typeId") ?? "";
  const result = await saveField(viewer, typeId, text(form, "fieldId") || null, {
    labelEn: text(form, "labelEn") ?? "",
    labelEs: text(form, "labelEs") ?? "",
    type: (text(form, "type") ?? "") as "TEXT",
    required: form.get("required") === "on",
    options: text(form, "options") ?? "",
  });
  if (result.ok) revalidatePath(`${LIST}/${typeId}`);
  return translateResult("requestTypes", result);
}

/** The list's and the fields' small buttons: activate, deactivate, move up or down. */
export async function requestTypeCommandAction(form: FormData): Promise<void> {
  const viewer = await getSession();
  if (!viewer) return;
  const typeId = text(form, "typeId");
  const fieldId = text(form, "fieldId");
  const command = text(form, "command");
  if (command === "activate" || command === "deactivate") {
    const active = command === "activate";
    if (fieldId) await setFieldActive(viewer, typeId, fieldId, active);
    else await setRequestTypeActive(viewer, typeId, active);
  } else if (command === "up" || command === "down") {
    if (fieldId) await moveField(viewer, typeId, fieldId, command);
    else await moveRequestType(viewer, typeId, command);
  }
  revalidatePath(LIST);
  if (typeId) revalidatePath(`${LIST}/${typeId}`);
}
