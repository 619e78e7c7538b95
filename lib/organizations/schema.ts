import { z } from "zod";
import { OrganizationKind } from "@/generated/prisma-sqlite/enums";

export const ORGANIZATIONS_PAGE_SIZE = 25;

/** The list's query, as it comes from the URL: anything unreadable falls back to the default. */
export const organizationsFilterSchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type OrganizationsFilter = z.infer<typeof organizationsFilterSchema>;

export const organizationIdSchema = z.string().min(1).max(64);

/** What an admin edits on /admin/organizations/<id>. */
export const organizationUpdateSchema = z.object({
  name: z.string().trim().min(1, "errors.nameRequired").max(120, "errors.nameTooLong"),
  kind: z.enum(OrganizationKind, { message: "errors.kindInvalid" }),
  shareTickets: z.boolean(),
});
export type OrganizationUpdateInput = z.input<typeof organizationUpdateSchema>;
