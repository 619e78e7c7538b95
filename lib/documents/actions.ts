"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { assignDocument, deleteDocument, unassignDocument, updateDocumentDetails } from "./service";
import { DOCUMENT_MAX_MB } from "./schema";
import { findPortalPeople, type PickablePerson } from "./people";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const values = { maxMb: DOCUMENT_MAX_MB };

export async function updateDocumentDetailsAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("documents", fail("errors.signedOut"));
  const documentId = text(form, "documentId");
  const result = await updateDocumentDetails(viewer, { documentId, title: text(form, "title"), description: text(form, "description"), category: text(form, "category") });
  if (result.ok) revalidatePath(`/admin/documents/${documentId}`);
  return translateResult("documents", result, values);
}

export async function assignDocumentAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("documents", fail("errors.signedOut"));
  const documentId = text(form, "documentId");
  const type = text(form, "type");
  const target =
    type === "organization" ? { type, organizationId: text(form, "organizationId") } as const
    : type === "kind" ? { type, kind: text(form, "kind") as "EMPLOYEE" } as const
    : { type: "person", email: text(form, "email") } as const;
  const result = await assignDocument(viewer, { documentId, target });
  if (result.ok) revalidatePath(`/admin/documents/${documentId}`);
  return translateResult("documents", result, values);
}

export async function unassignDocumentAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("documents", fail("errors.signedOut"));
  const result = await unassignDocument(viewer, text(form, "assignmentId"));
  if (result.ok) revalidatePath(`/admin/documents/${text(form, "documentId")}`);
  return translateResult("documents", result, values);
}

export async function deleteDocumentAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("documents", fail("errors.signedOut"));
  const result = await deleteDocument(viewer, text(form, "documentId"));
  if (!result.ok) return translateResult<never>("documents", result, values);
  revalidatePath("/admin/documents");
  revalidatePath("/documents");
  redirect(`/admin/documents?${result.data.archived ? "archived" : "deleted"}=1`);
}

/** The console's people picker (documents, notes, confirmations): agents only, at most 10 matches. */
export async function findPeopleAction(query: string): Promise<PickablePerson[]> {
  const viewer = await getSession();
  if (!viewer) return [];
  return findPortalPeople(viewer, query);
}
