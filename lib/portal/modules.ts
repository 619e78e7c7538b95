import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getPortalSettings, type PortalSettings } from "@/lib/settings/queries";

// The portal's optional modules. Each is shown to a person only when its global switch (portal
// settings) and the person's own Portal-tab option both allow it; off means no nav entry, no tile,
// and a 404 for its pages, streams, downloads and actions.
export const PORTAL_MODULES = ["chat", "assets", "documents", "notes", "confirmations"] as const;
export type PortalModule = (typeof PORTAL_MODULES)[number];

const GLOBAL_SWITCH = {
  chat: "chatEnabled",
  assets: "assetsEnabled",
  documents: "documentsEnabled",
  notes: "notesEnabled",
  confirmations: "confirmationsEnabled",
} as const satisfies Record<PortalModule, keyof PortalSettings>;

type PersonalOptions = { showChat: boolean; showAssets: boolean; showDocuments: boolean; showNotes: boolean; showConfirmations: boolean };

// The person's own switch for each module (null: the module has no per-person switch yet).
const PERSONAL_SWITCH = {
  chat: "showChat",
  assets: "showAssets",
  documents: "showDocuments",
  notes: "showNotes",
  confirmations: "showConfirmations",
} as const satisfies Record<PortalModule, keyof PersonalOptions | null>;

export type PortalModules = Record<PortalModule, boolean>;

/** Which modules the portal shows this person (both switches on). */
export const portalModulesFor = cache(async (userId: string): Promise<PortalModules> => {
  // One read of the person with their options (one query on PostgreSQL, where relations are joined).
  const [settings, person] = await Promise.all([
    getPortalSettings(),
    db.user.findUnique({
      where: { id: userId },
      select: { kind: true, portalOptions: { select: { showChat: true, showAssets: true, showDocuments: true, showNotes: true, showConfirmations: true } } },
    }),
  ]);
  const options = person?.portalOptions;
  const modules = {} as PortalModules;
  for (const name of PORTAL_MODULES) {
    const personal = PERSONAL_SWITCH[name];
    // A person without an options row has the defaults: everything the portal offers.
    modules[name] = settings[GLOBAL_SWITCH[name]] && (personal === null || (options?.[personal] ?? true));
  }
  // Assets also have a default per kind of person (e.g. shown to employees, not to customers).
  modules.assets &&= person?.kind === "EMPLOYEE" ? settings.assetsForEmployees : settings.assetsForCustomers;
  return modules;
});
