import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/passwords";
import { closeAllSessions } from "@/lib/auth/sessions";
import { ticketChoicesChanged } from "@/lib/tickets/choices";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import type { Role } from "@/generated/prisma-sqlite/enums";
import { canGrantRole, canManagePerson } from "./access";
import {
  newUserSchema,
  personUpdateSchema,
  portalOptionsSchema,
  type NewUserInput,
  type PersonUpdateInput,
  type PortalOptionsInput,
} from "./schema";

// The rules of user records. Messages are catalogue keys (accounts.*).

type Actor = { id: string; role: Role };

async function organizationId(tx: Pick<typeof db, "organization">, name: string | null | undefined) {
  if (!name) return null;
  // A non-empty `update` lets Prisma send one INSERT … ON CONFLICT on PostgreSQL; with `update: {}`
  // it reads then inserts, and two people created at once with a new organization collide.
  const organization = await tx.organization.upsert({ where: { name }, update: { name }, create: { name } });
  return organization.id;
}

/**
 * Creates a user record (and its organization, found or created by name). `actor` is the agent or
 * admin doing it, or null for the command line and the demo seed, which may create anyone.
 */
export async function createUser(actor: Actor | null, input: NewUserInput): Promise<ActionResult<{ id: string; email: string }>> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "invalid");
  const { email, name, role, kind, organizationName, locale, password, phone, jobTitle } = parsed.data;
  if (actor && !canGrantRole(actor, role)) return fail("notAllowed");
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return fail("invalid", { email: ["emailTaken"] });
  }
  const passwordHash = password ? await hashPassword(password) : null;
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email,
        name,
        role,
        kind: kind ?? (role === "CUSTOMER" ? "CUSTOMER" : "EMPLOYEE"),
        organizationId: await organizationId(tx, organizationName),
        locale,
        phone,
        jobTitle,
        passwordHash,
        portalOptions: { create: {} },
      },
      select: { id: true, email: true },
    });
    await audit(tx, { actorId: actor?.id ?? null, action: "user.create", targetType: "User", targetId: created.id, data: { email, role } });
    return created;
  });
  // A new agent to assign, perhaps a new organization to filter by.
  await ticketChoicesChanged();
  return ok(user);
}

/** Edits a record's details. The email stays unique; only admins change roles. */
export async function updatePerson(actor: Actor, userId: string, input: PersonUpdateInput): Promise<ActionResult> {
  const target = await db.user.findUnique({ where: { id: String(userId).slice(0, 64) }, select: { id: true, role: true, email: true } });
  if (!target || !canManagePerson(actor, target)) return fail("notFound");
  const parsed = personUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "invalid");
  const data = parsed.data;
  if (data.role !== target.role && !canGrantRole(actor, data.role)) return fail("notAllowed");
  if (data.role !== target.role && target.id === actor.id) return fail("ownRole");
  if (data.email !== target.email) {
    const taken = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) return fail("invalid", { email: ["emailTaken"] });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: target.id },
      data: {
        email: data.email,
        name: data.name,
        kind: data.kind,
        role: data.role,
        locale: data.locale,
        phone: data.phone,
        jobTitle: data.jobTitle,
        organizationId: await organizationId(tx, data.organizationName),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "user.update",
      targetType: "User",
      targetId: target.id,
      data: { email: data.email, role: data.role, ...(data.email !== target.email ? { previousEmail: target.email } : {}) },
    });
  });
  await ticketChoicesChanged();
  return ok(undefined);
}

/** The Portal tab. Turning access off ends the user's sessions at once. */
export async function updatePortalOptions(actor: Actor, userId: string, input: PortalOptionsInput): Promise<ActionResult> {
  const target = await db.user.findUnique({ where: { id: String(userId).slice(0, 64) }, select: { id: true, role: true, portalAccess: true } });
  if (!target || !canManagePerson(actor, target)) return fail("notFound");
  const parsed = portalOptionsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "invalid");
  const { portalAccess, ...options } = parsed.data;
  if (!portalAccess && target.id === actor.id) return fail("ownAccess");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { portalAccess } });
    await tx.userPortalOptions.upsert({ where: { userId: target.id }, update: options, create: { userId: target.id, ...options } });
    await audit(tx, { actorId: actor.id, action: "user.portal", targetType: "User", targetId: target.id, data: parsed.data });
  });
  if (!portalAccess) await closeAllSessions(target.id);
  if (portalAccess !== target.portalAccess) await ticketChoicesChanged();
  return ok(undefined);
}
