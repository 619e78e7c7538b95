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

/** The entries with these ids, by id: those in `kept`, and whatever it lacks read in one query. */
async function byId<T extends { id: string }>(ids: (string | null | undefined)[], kept: T[], read: (lacking: string[]) => Promise<T[]>) {
  const found = new Map<string, T>();
  const wanted = new Set(ids.filter((id): id is string => !!id));
  for (const item of kept) if (wanted.has(item.id)) found.set(item.id, item);
  const lacking = [...wanted].filter((id) => !found.has(id));
  if (lacking.length > 0) for (const item of await read(lacking)) found.set(item.id, item);
  return found;
}

/**
 * The people with these ids, by id, with their names: agents from the kept list, the ones given in
 * `known`, and whoever else (a customer, a former agent) read in one query.
 */
export async function peopleNamed(ids: (string | null | undefined)[], known: { id: string; name: string }[] = []) {
  return byId(ids, [...(await agents.get()), ...known], (lacking) => db.user.findMany({ where: { id: { in: lacking } }, select: { id: true, name: true } }));
}

/** Categories' names by id: from the kept list, or read where it lacks one (written a moment ago by another process). */
export async function categoriesNamed(ids: (string | null | undefined)[]) {
  return byId(ids, await categories.get(), (lacking) => db.ticketCategory.findMany({ where: { id: { in: lacking } }, select: { id: true, nameEn: true, nameEs: true } }));
}

/** Organizations' names by id: from the kept list, or read where it lacks one (none for one that is gone). */
export async function organizationsNamed(ids: (string | null | undefined)[]) {
  return byId(ids, await organizations.get(), (lacking) => db.organization.findMany({ where: { id: { in: lacking } }, select: { id: true, name: true } }));
}

/** After a committed change to a person, an organization or a request type: every instance reads the lists again. */
export async function ticketChoicesChanged(): Promise<void> {
  await announceChange(TOPIC, { type: "ticket-choices.changed" });
}
