import "server-only";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";

/** Request types are managed by admins; an agent gets the same 404 as anyone else. */
export async function requireAdminPage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  return viewer;
}
