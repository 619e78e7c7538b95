"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { retryJobFailure } from "./service";

/** "Retry" on /admin/jobs. The service checks that the viewer is an admin; the page guard does not protect this. */
export async function retryJobFailureAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("jobs", fail("errors.signedOut"));
  const result = await retryJobFailure(viewer, { id: form.get("id") });
  if (result.ok) revalidatePath("/admin/jobs");
  return translateResult("jobs", result);
}
