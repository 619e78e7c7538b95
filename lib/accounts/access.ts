import type { Role } from "@/generated/prisma-sqlite/enums";

type Actor = { role: Role } | null | undefined;

/**
 * Who may manage whose record: admins anyone's; agents the portal users' (customers and employees
 * with the CUSTOMER role), not other agents' or admins'. Customers nobody's.
 */
export function canManagePerson(actor: Actor, target: { role: Role }): boolean {
  if (actor?.role === "ADMIN") return true;
  if (actor?.role === "AGENT") return target.role === "CUSTOMER";
  return false;
}

/** Only admins hand out the AGENT and ADMIN roles. */
export function canGrantRole(actor: Actor, role: Role): boolean {
  return role === "CUSTOMER" ? actor?.role === "AGENT" || actor?.role === "ADMIN" : actor?.role === "ADMIN";
}
