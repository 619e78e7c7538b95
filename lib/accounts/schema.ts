import { z } from "zod";
import { PersonKind, Role } from "@/generated/prisma-sqlite/enums";

export const emailSchema = z.string().trim().toLowerCase().email("emailInvalid").max(254, "emailInvalid");

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v || null);

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  role: z.enum(Role, { message: "roleInvalid" }).default("CUSTOMER"),
  kind: z.enum(PersonKind, { message: "kindInvalid" }).optional(),
  organizationName: z.string().trim().max(120, "organizationTooLong").optional().transform((v) => v || undefined),
  locale: z.enum(["en", "es"], { message: "localeInvalid" }).optional(),
  phone: optionalText(40, "phoneTooLong"),
  jobTitle: optionalText(120, "jobTitleTooLong"),
  // Only the command line and the demo seed give a password; agents use "(Re)Initialize Password".
  password: z.string().min(8, "passwordTooShort").max(1024).optional(),
});
export type NewUserInput = z.input<typeof newUserSchema>;

/** The record as an agent edits it on /admin/employees/<id>. */
export const personUpdateSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  kind: z.enum(PersonKind, { message: "kindInvalid" }),
  role: z.enum(Role, { message: "roleInvalid" }),
  organizationName: z.string().trim().max(120, "organizationTooLong").optional().transform((v) => v || null),
  locale: z.enum(["en", "es"], { message: "localeInvalid" }),
  phone: optionalText(40, "phoneTooLong"),
  jobTitle: optionalText(120, "jobTitleTooLong"),
});
export type PersonUpdateInput = z.input<typeof personUpdateSchema>;

/** The Portal tab: access on or off, and which assigned items the portal shows. */
export const portalOptionsSchema = z.object({
  portalAccess: z.boolean(),
  showChat: z.boolean(),
  showAssets: z.boolean(),
  showDocuments: z.boolean(),
  showNotes: z.boolean(),
  showConfirmations: z.boolean(),
});
export type PortalOptionsInput = z.infer<typeof portalOptionsSchema>;

export const PEOPLE_PAGE_SIZE = 25;

export const peopleFilterSchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined),
  kind: z.enum(PersonKind).optional().catch(undefined),
  organizationId: z.string().max(64).optional().catch(undefined),
  access: z.enum(["on", "off"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;
