import { z } from "zod";
import { PersonKind, Role } from "@/generated/prisma-sqlite/enums";

export const emailSchema = z.string().trim().toLowerCase().email("emailInvalid").max(254, "emailInvalid");

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  role: z.enum(Role, { message: "roleInvalid" }).default("CUSTOMER"),
  kind: z.enum(PersonKind, { message: "kindInvalid" }).optional(),
  organizationName: z.string().trim().min(1).max(120).optional(),
  locale: z.enum(["en", "es"]).optional(),
  // Only the command line and the demo seed give a password; agents use "(Re)Initialize Password".
  password: z.string().min(8, "passwordTooShort").max(1024).optional(),
});
export type NewUserInput = z.input<typeof newUserSchema>;
