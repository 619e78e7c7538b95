// Demo data for a fresh install, loaded by prisma/seed.ts on an empty database.
// The accounts and their passwords are printed and listed in the README; they are for trying
// Portico out, so change or delete them before real use.
import { createUser } from "@/lib/accounts/service";
import { db } from "@/lib/db";
import { addReply, createTicket, updateTicket } from "@/lib/tickets/service";

export const DEMO_ACCOUNTS = [
  { email: "admin@portico.test", name: "Alicia Admin", role: "ADMIN", password: "portico-admin-demo", locale: "es", organizationName: "IT" },
  { email: "agent@portico.test", name: "Andrés Agent", role: "AGENT", password: "portico-agent-demo", locale: "es", organizationName: "IT" },
  { email: "carmen@acme.test", name: "Carmen Customer", role: "CUSTOMER", password: "portico-customer-demo", locale: "es", organizationName: "Acme" },
  { email: "david@globex.test", name: "David Customer", role: "CUSTOMER", password: "portico-customer-demo", locale: "en", organizationName: "Globex" },
] as const;

export const DEMO_CATEGORIES = [
  { slug: "hardware", nameEn: "Hardware", nameEs: "Hardware", descriptionEn: "Laptops, screens, printers and other equipment.", descriptionEs: "Portátiles, pantallas, impresoras y otros equipos.", icon: "laptop" },
  { slug: "software", nameEn: "Software", nameEs: "Software", descriptionEn: "Installing, updating or fixing an application.", descriptionEs: "Instalar, actualizar o reparar una aplicación.", icon: "app" },
  { slug: "access", nameEn: "Accounts and access", nameEs: "Cuentas y accesos", descriptionEn: "Passwords, permissions, new accounts.", descriptionEs: "Contraseñas, permisos, cuentas nuevas.", icon: "key" },
  { slug: "network", nameEn: "Network and Wi-Fi", nameEs: "Red y Wi-Fi", descriptionEn: "No connection, VPN, slow network.", descriptionEs: "Sin conexión, VPN, red lenta.", icon: "wifi" },
  { slug: "other", nameEn: "Other", nameEs: "Otro", descriptionEn: "Anything else.", descriptionEs: "Cualquier otra cosa.", icon: "question" },
];

export async function seedCategories() {
  for (const [sortOrder, category] of DEMO_CATEGORIES.entries()) {
    await db.ticketCategory.upsert({ where: { slug: category.slug }, update: {}, create: { ...category, sortOrder } });
  }
}

export async function seedDemo() {
  await db.organization.upsert({ where: { name: "IT" }, update: {}, create: { name: "IT", kind: "DEPARTMENT" } });
  await seedCategories();
  const ids: Record<string, { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER"; organizationId: string | null }> = {};
  for (const account of DEMO_ACCOUNTS) {
    const result = await createUser(null, { ...account });
    if (!result.ok) throw new Error(`seed: could not create ${account.email}: ${JSON.stringify(result.fieldErrors)}`);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, select: { id: true, role: true, organizationId: true } });
    ids[account.email] = user;
  }
  const carmen = ids["carmen@acme.test"];
  const agent = ids["agent@portico.test"];
  const hardware = await db.ticketCategory.findUniqueOrThrow({ where: { slug: "hardware" } });
  const network = await db.ticketCategory.findUniqueOrThrow({ where: { slug: "network" } });

  const laptop = await createTicket(carmen, {
    subject: "El portátil no enciende",
    description: "Desde esta mañana el portátil no arranca. La luz de carga parpadea en naranja.",
    categoryId: hardware.id,
    urgency: "HIGH",
  });
  if (laptop.ok) {
    await addReply(agent, { ticketId: laptop.data.id, body: "Hola Carmen, ¿puede probar con otro cargador?", internal: false });
    await addReply(agent, { ticketId: laptop.data.id, body: "Posible fallo de batería; hay repuestos en el almacén.", internal: true });
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id: laptop.data.id }, select: { version: true } });
    await updateTicket(agent, { ticketId: laptop.data.id, version, status: "WAITING_FOR_CUSTOMER", priority: "HIGH", assigneeId: agent.id });
  }
  await createTicket(carmen, {
    subject: "VPN muy lenta desde casa",
    description: "La VPN tarda varios minutos en conectar y luego se corta.",
    categoryId: network.id,
    urgency: "MEDIUM",
  });
  await createTicket(ids["david@globex.test"], {
    subject: "Printer on the 2nd floor is jammed",
    description: "The printer shows error E-203 and will not print.",
    categoryId: hardware.id,
    urgency: "LOW",
  });
}
