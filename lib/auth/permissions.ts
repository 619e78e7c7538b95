import type { Role } from "@/generated/prisma-sqlite/enums";

export type ViewerRole = Role;

export function isStaff(viewer: { role: ViewerRole } | null | undefined): boolean {
  return viewer?.role === "AGENT" || viewer?.role === "ADMIN";
}

export function isAdmin(viewer: { role: ViewerRole } | null | undefined): boolean {
  return viewer?.role === "ADMIN";
}
