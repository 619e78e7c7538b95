import "server-only";
import { db } from "@/lib/db";
import { announceChange, keptUntilChanged } from "@/lib/realtime/kept";

// What the console's ticket screens offer to choose from: the agents a ticket can be assigned to,
// and the categories and organizations the queue filters by. Every queue view and console ticket
// page reads them and they seldom change, so each process keeps them (lib/realtime/kept.ts) until
// a service that changes people, organizations or request types calls ticketChoicesChanged.

const TOPIC = "ticket-choices";

const agents = keptUntilChanged(TOPIC, () =>
  db.user.findMany({ where: { role: { in: ["AGENT", "ADMIN"] }, portalAccess: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
);
const categories = keptUntilChanged(TOPIC, () =>
  db.ticketCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, nameEs: true } }),
);
const organizations = keptUntilChanged(TOPIC, () => db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }));

/** The agents and admins who can be assigned a ticket (their portal access on), by name. */
export function listAgents() {
  return agents.get();
}

/** The choices of the queue's filters. */
export async function listQueueOptions() {
  const [categoryList, organizationList] = await Promise.all([categories.get(), organizations.get()]);
  return { categories: categoryList, organizations: organizationList };
}

/**
 * The people with these ids, by id, with their names: agents from the kept list, the ones given in
 * `known`, and whoever else (a customer, a former agent) read in one query.
 */
export async function peopleNamed(ids: (string | null | undefined)[], known: { id: string; name: string }[] = []) {
  const people = new Map<string, { id: string; name: string }>();
  const wanted = new Set(ids.filter((id): id is string => !!id));
  if (wanted.size === 0) return people;
  for (const person of [...(await agents.get()), ...known]) if (wanted.has(person.id)) people.set(person.id, person);
  const lacking = [...wanted].filter((id) => !people.has(id));
  if (lacking.length > 0) {
    for (const person of await db.user.findMany({ where: { id: { in: lacking } }, select: { id: true, name: true } })) people.set(person.id, person);
  }
  return people;
}

/** A category's names: from the kept list, or read when the list lacks it (written a moment ago by another process). */
export async function categoryNamed(id: string): Promise<{ nameEn: string; nameEs: string }> {
  const kept = (await categories.get()).find((c) => c.id === id);
  return kept ?? (await db.ticketCategory.findUniqueOrThrow({ where: { id }, select: { nameEn: true, nameEs: true } }));
}

/** An organization's name: from the kept list, or read when the list lacks it (null when it is gone). */
export async function organizationNamed(id: string): Promise<{ name: string } | null> {
  const kept = (await organizations.get()).find((o) => o.id === id);
  return kept ?? (await db.organization.findUnique({ where: { id }, select: { name: true } }));
}

/** After a committed change to a person, an organization or a request type: every instance reads the lists again. */
export async function ticketChoicesChanged(): Promise<void> {
  await announceChange(TOPIC, { type: "ticket-choices.changed" });
}
