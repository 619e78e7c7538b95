"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import type { EmailStatus } from "@/generated/prisma-sqlite/enums";
import { retryEmail } from "./service";

/** "Retry now" in the outbox. The service checks that the viewer is an admin; the page guard does not protect this. */
export async function retryEmailAction(_prev: ActionResult<{ status: EmailStatus }> | null, form: FormData): Promise<ActionResult<{ status: EmailStatus }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("email", fail("outbox.errors.signedOut"));
  const result = await retryEmail(viewer, { id: form.get("id") });
  if (result.ok) revalidatePath("/admin/outbox", "layout");
  return translateResult("email", result);
}
