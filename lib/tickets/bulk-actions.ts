"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { bulkUpdateTickets } from "./bulk";
import type { BulkUpdateInput } from "./queue-schema";

/** The queue's bulk form sends "assign:me", "assign:none", "assign:<agent id>" or "status:<status>" or "priority:<level>". */
function changeOf(value: FormDataEntryValue | null, viewerId: string): BulkUpdateInput["change"] {
  const [kind, target] = typeof value === "string" ? value.split(":", 2) : [];
  if (kind === "assign") return { kind, assigneeId: target === "me" ? viewerId : target === "none" ? null : (target ?? "") };
  if (kind === "status") return { kind, status: target as "OPEN" };
  if (kind === "priority") return { kind, priority: target as "LOW" };
  return { kind: "" } as unknown as BulkUpdateInput["change"];
}

export async function bulkUpdateAction(_prev: ActionResult<{ updated: number }> | null, form: FormData): Promise<ActionResult<{ updated: number }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("queue", fail("errors.signedOut"));
  const ids = form.getAll("ids").filter((v): v is string => typeof v === "string");
  const result = await bulkUpdateTickets(viewer, { ids, change: changeOf(form.get("change"), viewer.id) });
  if (result.ok) revalidatePath("/admin", "layout");
  return translateResult("queue", result);
}
