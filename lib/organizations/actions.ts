"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { updateOrganization } from "./service";

export async function updateOrganizationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer || !isAdmin(viewer)) return translateResult<never>("organizations", fail("errors.notAllowed"));
  const id = form.get("organizationId");
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
  const result = await updateOrganization(viewer, id, {
    name: text("name"),
    kind: text("kind") as "COMPANY",
    shareTickets: form.get("shareTickets") === "on",
  });
  if (result.ok && typeof id === "string") {
    revalidatePath("/admin/organizations");
    revalidatePath(`/admin/organizations/${id}`);
  }
  return translateResult("organizations", result);
}
