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

/** After a committed change to a person, an organization or a request type: every instance reads the lists again. */
export async function ticketChoicesChanged(): Promise<void> {
  await announceChange(TOPIC, { type: "ticket-choices.changed" });
}
