"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { deleteNote, saveNote } from "./service";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function saveNoteAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("notes", fail("errors.signedOut"));
  const id = text(form, "id");
  const type = text(form, "type");
  const target =
    type === "organization" ? ({ type, organizationId: text(form, "organizationId") } as const)
    : type === "kind" ? ({ type, kind: text(form, "kind") as "EMPLOYEE" } as const)
    : ({ type: "person", email: text(form, "email") } as const);
  const result = await saveNote(viewer, { id, title: text(form, "title"), body: text(form, "body"), target });
  if (!result.ok) return translateResult("notes", result);
  revalidatePath("/admin/notes");
  if (!id) redirect(`/admin/notes/${result.data.id}?saved=1`);
  revalidatePath(`/admin/notes/${id}`);
  return result;
}

export async function deleteNoteAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("notes", fail("errors.signedOut"));
  const result = await deleteNote(viewer, text(form, "id"));
  if (!result.ok) return translateResult("notes", result);
  revalidatePath("/admin/notes");
  redirect("/admin/notes?deleted=1");
}
