// Demo data for a fresh install, loaded by prisma/seed.ts on an empty database.
// The accounts and their passwords are printed and listed in the README; they are for trying
// Portico out, so change or delete them before real use.
import { createUser } from "@/lib/accounts/service";
import { db } from "@/lib/db";
import { addReply, createTicket, updateTicket } from "@/lib/tickets/service";
import { saveArticle, saveCategory } from "@/lib/kb/service";
import { saveCannedResponse } from "@/lib/canned/service";
import { seedDocumentsNotesConfirmations } from "./demo-documents";
import { checkOutAsset, saveAsset, saveAssetLookup } from "@/lib/assets/service";

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

const option = (en: string, es: string) => ({ value: en.toLowerCase().replace(/[^a-z0-9]+/g, "-"), en, es });

/** Extra fields of some demo request types, by category slug (added once, to a type that has none). */
export const DEMO_FIELDS: Record<string, { labelEn: string; labelEs: string; type: "TEXT" | "CHOICE" | "DATE" | "CHECKBOX"; required?: boolean; options?: ReturnType<typeof option>[] }[]> = {
  hardware: [
    { labelEn: "Asset tag", labelEs: "Etiqueta de inventario", type: "TEXT" },
    {
      labelEn: "Location",
      labelEs: "Ubicación",
      type: "CHOICE",
      options: [option("Head office", "Oficina central"), option("Branch office", "Sucursal"), option("Working from home", "Teletrabajo")],
    },
  ],
  access: [
    { labelEn: "Needed by", labelEs: "Necesario antes del", type: "DATE", required: true },
    { labelEn: "Manager approved", labelEs: "Aprobado por el responsable", type: "CHECKBOX" },
  ],
};

export async function seedCategories() {
  for (const [sortOrder, category] of DEMO_CATEGORIES.entries()) {
    const saved = await db.ticketCategory.upsert({ where: { slug: category.slug }, update: {}, create: { ...category, sortOrder }, select: { id: true, _count: { select: { fields: true } } } });
    const fields = DEMO_FIELDS[category.slug] ?? [];
    if (saved._count.fields > 0 || fields.length === 0) continue;
    await db.ticketCategoryField.createMany({
      data: fields.map(({ options, ...field }, index) => ({ ...field, options: JSON.stringify(options ?? []), categoryId: saved.id, sortOrder: index })),
    });
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
  const hardware = await db.ticketCategory.findUniqueOrThrow({ where: { slug: "hardware" }, include: { fields: { orderBy: { sortOrder: "asc" } } } });
  const network = await db.ticketCategory.findUniqueOrThrow({ where: { slug: "network" } });

  const laptop = await createTicket(carmen, {
    subject: "El portátil no enciende",
    description: "Desde esta mañana el portátil no arranca. La luz de carga parpadea en naranja.",
    categoryId: hardware.id,
    urgency: "HIGH",
    fields: { [hardware.fields[0].id]: "ACME-0042", [hardware.fields[1].id]: "head-office" },
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
  await seedKnowledgeBase(ids["admin@portico.test"]);
  await seedCannedResponses({ ...ids["admin@portico.test"], name: "Alicia Admin" });
  await seedDocumentsNotesConfirmations({ ...agent, name: "Andrés Agent" }, "carmen@acme.test");
  await seedAssets(ids["admin@portico.test"], agent, { carmen: carmen.id, david: ids["david@globex.test"].id });
}

/** A small inventory: types, locations, a few assets, two of them checked out to the demo customers. */
async function seedAssets(admin: { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER" }, agent: { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER" }, holders: { carmen: string; david: string }) {
  if ((await db.asset.count()) > 0) return;
  const lookup = async (kind: "type" | "location", name: string) => {
    const result = await saveAssetLookup(admin, kind, { name });
    if (!result.ok) throw new Error(`seed: asset ${kind} ${name}: ${JSON.stringify(result)}`);
    return result.data.id;
  };
  const types = { laptop: await lookup("type", "Laptop"), monitor: await lookup("type", "Monitor"), phone: await lookup("type", "Phone"), printer: await lookup("type", "Printer"), licence: await lookup("type", "Licence") };
  const places = { hq: await lookup("location", "Head office, Madrid"), store: await lookup("location", "IT store room") };
  const org = async (name: string) => (await db.organization.findUnique({ where: { name }, select: { id: true } }))?.id ?? "";
  const [acme, globex] = [await org("Acme"), await org("Globex")];
  const year = new Date().getUTCFullYear();
  const assets = [
    { tag: "AST-000001", name: "Dell Latitude 7440", typeId: types.laptop, manufacturer: "Dell", model: "Latitude 7440", serialNumber: "7HQK2Y3", purchaseDate: `${year - 1}-03-14`, purchaseCost: "1389.00", warrantyEnd: `${year + 2}-03-14`, locationId: places.hq, organizationId: acme, holder: holders.carmen },
    { tag: "AST-000002", name: "Dell P2723DE 27\" monitor", typeId: types.monitor, manufacturer: "Dell", model: "P2723DE", serialNumber: "CN-0G3X7N-74261", purchaseDate: `${year - 3}-06-02`, purchaseCost: "329.90", warrantyEnd: `${year}-12-31`, locationId: places.hq, organizationId: acme, holder: holders.carmen },
    { tag: "AST-000003", name: "iPhone 15", typeId: types.phone, manufacturer: "Apple", model: "iPhone 15 128 GB", serialNumber: "F2LXK9QH0D", purchaseDate: `${year - 1}-09-20`, purchaseCost: "859.00", warrantyEnd: `${year + 1}-09-20`, organizationId: globex, holder: holders.david },
    { tag: "AST-000004", name: "Lenovo ThinkPad T14 Gen 4", typeId: types.laptop, manufacturer: "Lenovo", model: "21HD", serialNumber: "PF4A8M2K", purchaseDate: `${year - 4}-01-10`, purchaseCost: "1190.00", warrantyEnd: `${year - 1}-01-10`, locationId: places.store },
    { tag: "AST-000005", name: "HP LaserJet Pro M404dn (2nd floor)", typeId: types.printer, manufacturer: "HP", model: "M404dn", serialNumber: "PHBBK12345", purchaseDate: `${year - 2}-05-05`, purchaseCost: "289.00", warrantyEnd: `${year + 1}-05-05`, locationId: places.hq, status: "IN_REPAIR" as const },
    { tag: "AST-000006", name: "Microsoft 365 E3 (10 seats)", typeId: types.licence, manufacturer: "Microsoft", model: "M365 E3", purchaseDate: `${year}-01-01`, purchaseCost: "3600.00", warrantyEnd: `${year}-12-31`, organizationId: acme },
  ];
  for (const { holder, status, ...asset } of assets) {
    const saved = await saveAsset(agent, { ...asset, status: status ?? "IN_STOCK" });
    if (!saved.ok) throw new Error(`seed: asset ${asset.tag}: ${JSON.stringify(saved)}`);
    if (holder) await checkOutAsset(agent, { assetId: saved.data.id, userId: holder, comment: "Demo hand-over" });
  }
}

const KB_CATEGORIES = [
  { slug: "cuentas", nameEn: "Accounts and passwords", nameEs: "Cuentas y contraseñas", sortOrder: 0 },
  { slug: "red", nameEn: "Network and VPN", nameEs: "Red y VPN", sortOrder: 1 },
  { slug: "equipos", nameEn: "Equipment", nameEs: "Equipos", sortOrder: 2 },
  { slug: "correo", nameEn: "Email", nameEs: "Correo", sortOrder: 3 },
];

type DemoArticle = {
  category: string;
  visibility: "PUBLIC" | "PORTAL" | "INTERNAL";
  organization?: string;
  versions: { locale: "es" | "en"; slug: string; title: string; body: string }[];
};

const KB_ARTICLES: DemoArticle[] = [
  {
    category: "cuentas",
    visibility: "PUBLIC",
    versions: [
      {
        locale: "es",
        slug: "restablecer-la-contrasena",
        title: "Restablecer la contraseña",
        body: "Si ha olvidado su contraseña, puede elegir una nueva sin llamar a soporte.\n\n## Pasos\n\n1. En la página de inicio de sesión, pulse **¿Olvidó su contraseña?**\n2. Escriba su correo electrónico de trabajo.\n3. Abra el mensaje que recibirá y pulse el enlace (vale 30 minutos).\n4. Elija una contraseña nueva de al menos 8 caracteres.\n\n> Consejo: una frase larga es más fácil de recordar y más segura que una palabra con símbolos.\n\nSi el mensaje no llega en unos minutos, revise la carpeta de correo no deseado o abra un ticket.",
      },
      {
        locale: "en",
        slug: "reset-your-password",
        title: "Reset your password",
        body: "If you forgot your password, you can choose a new one without calling support.\n\n## Steps\n\n1. On the sign-in page, click **Forgot your password?**\n2. Enter your work email address.\n3. Open the message you receive and follow the link (valid for 30 minutes).\n4. Choose a new password of at least 8 characters.\n\n> Tip: a long sentence is easier to remember and safer than one word with symbols.\n\nIf the message does not arrive within a few minutes, check your spam folder or open a ticket.",
      },
    ],
  },
  {
    category: "red",
    visibility: "PORTAL",
    versions: [
      {
        locale: "es",
        slug: "vpn-lenta-desde-casa",
        title: "La VPN va lenta o se corta desde casa",
        body: "Una VPN lenta casi siempre se debe a la conexión de casa, no al servidor.\n\n## Compruebe primero\n\n| Prueba | Qué indica |\n|---|---|\n| Conectar el portátil por cable | Si mejora, el problema es el Wi-Fi |\n| Reiniciar el router | Resuelve muchos cortes |\n| Cerrar descargas y vídeos | Liberan ancho de banda |\n\n## Volver a conectar\n\n```\nDesconectar → esperar 10 segundos → Conectar\n```\n\nSi la VPN se corta más de una vez por hora, abra un ticket indicando la hora de cada corte.",
      },
      {
        locale: "en",
        slug: "vpn-slow-from-home",
        title: "The VPN is slow or drops at home",
        body: "A slow VPN is nearly always down to the home connection, not the server.\n\n## Check first\n\n| Test | What it tells |\n|---|---|\n| Connect the laptop by cable | If it helps, Wi-Fi is the problem |\n| Restart the router | Fixes many drops |\n| Stop downloads and videos | Frees bandwidth |\n\n## Reconnect\n\n```\nDisconnect → wait 10 seconds → Connect\n```\n\nIf the VPN drops more than once an hour, open a ticket with the time of each drop.",
      },
    ],
  },
  {
    category: "equipos",
    visibility: "PORTAL",
    versions: [
      {
        locale: "es",
        slug: "impresora-error-e-203",
        title: "La impresora muestra el error E-203",
        body: "El error **E-203** significa que hay papel atascado en la bandeja de salida.\n\n1. Apague la impresora.\n2. Abra la tapa trasera y retire el papel con cuidado, tirando hacia fuera.\n3. Cierre la tapa y encienda la impresora.\n\nSi el error vuelve a aparecer, no fuerce la bandeja: abra un ticket indicando la planta y el número de la impresora.",
      },
      {
        locale: "en",
        slug: "printer-error-e-203",
        title: "The printer shows error E-203",
        body: "Error **E-203** means paper is jammed in the output tray.\n\n1. Switch the printer off.\n2. Open the back cover and pull the paper out gently.\n3. Close the cover and switch the printer on.\n\nIf the error comes back, do not force the tray: open a ticket with the floor and the printer's number.",
      },
    ],
  },
  {
    category: "equipos",
    visibility: "PORTAL",
    versions: [
      {
        locale: "es",
        slug: "el-portatil-no-enciende",
        title: "El portátil no enciende",
        body: "Antes de abrir un ticket, pruebe esto:\n\n- Conecte el cargador y espere **15 minutos**: una batería vacía tarda en responder.\n- Mantenga pulsado el botón de encendido durante 20 segundos.\n- Pruebe con otro cargador si tiene uno a mano.\n\nSi la luz de carga parpadea en naranja, la batería puede estar dañada: abra un ticket.",
      },
    ],
  },
  {
    category: "correo",
    visibility: "PORTAL",
    versions: [
      {
        locale: "es",
        slug: "correo-en-el-movil",
        title: "Configurar el correo en el móvil",
        body: "Puede leer el correo de trabajo en su móvil con la aplicación de correo habitual.\n\n1. Abra **Ajustes → Correo → Añadir cuenta**.\n2. Elija *Exchange* y escriba su correo de trabajo.\n3. Acepte la política de seguridad del dispositivo.\n\nPor seguridad, el móvil debe tener un código de bloqueo.",
      },
    ],
  },
  {
    category: "equipos",
    visibility: "INTERNAL",
    versions: [
      {
        locale: "es",
        slug: "procedimiento-cambio-de-bateria",
        title: "Procedimiento interno: cambio de batería de portátiles",
        body: "Solo para agentes.\n\n1. Compruebe la garantía en el inventario.\n2. Las baterías de repuesto están en el almacén de la planta 1, armario B.\n3. Registre el cambio en el ticket como nota interna.",
      },
    ],
  },
  {
    category: "cuentas",
    visibility: "PORTAL",
    organization: "Acme",
    versions: [
      {
        locale: "es",
        slug: "acceso-al-erp-de-acme",
        title: "Acceso al ERP de Acme",
        body: "Los empleados de Acme entran al ERP con su usuario del dominio.\n\nSi el ERP indica *usuario bloqueado*, espere 15 minutos o abra un ticket.",
      },
    ],
  },
];

/** A small knowledge base in Spanish and English, so the demo portal has answers to show. */
export async function seedKnowledgeBase(admin: { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER"; organizationId: string | null }) {
  const categoryIds: Record<string, string> = {};
  for (const category of KB_CATEGORIES) {
    const existing = await db.kbCategory.findUnique({ where: { slug: category.slug }, select: { id: true } });
    const result = existing ? { ok: true as const, data: existing } : await saveCategory(admin, category);
    if (!result.ok) throw new Error(`seed: category ${category.slug}: ${JSON.stringify(result)}`);
    categoryIds[category.slug] = result.data.id;
  }
  for (const article of KB_ARTICLES) {
    const organizationIds = article.organization
      ? [(await db.organization.findUniqueOrThrow({ where: { name: article.organization }, select: { id: true } })).id]
      : [];
    let firstId = "";
    for (const version of article.versions) {
      if (await db.kbArticle.findUnique({ where: { slug_locale: { slug: version.slug, locale: version.locale } }, select: { id: true } })) continue;
      const result = await saveArticle(admin, {
        ...version,
        categoryId: categoryIds[article.category],
        state: "PUBLISHED",
        visibility: article.visibility,
        organizationIds,
        translationOf: firstId,
      });
      if (!result.ok) throw new Error(`seed: article ${version.slug}: ${JSON.stringify(result)}`);
      firstId ||= result.data.id;
    }
  }
}

/** A few reply templates for the agent desk, in both languages. */
async function seedCannedResponses(admin: { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER"; name: string }) {
  const responses = [
    { title: "Saludo", locale: "es" as const, body: "Hola {{requester.name}},\n\nGracias por escribirnos sobre «{{ticket.subject}}». Lo estamos revisando.\n\n{{agent.name}}" },
    { title: "Greeting", locale: "en" as const, body: "Hello {{requester.name}},\n\nThank you for contacting us about \"{{ticket.subject}}\". We are looking into it.\n\n{{agent.name}}" },
    { title: "Ticket resolved / Ticket resuelto", locale: "any" as const, body: "Ticket #{{ticket.id}}: resolved / resuelto. {{agent.name}}" },
  ];
  for (const response of responses) {
    if (await db.cannedResponse.findFirst({ where: { title: response.title }, select: { id: true } })) continue;
    const result = await saveCannedResponse(admin, { ...response, active: true });
    if (!result.ok) throw new Error(`seed: canned response ${response.title}: ${JSON.stringify(result)}`);
  }
}
