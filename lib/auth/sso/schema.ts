import { z } from "zod";

const id = z.string().trim().min(1, "errors.invalid").max(64, "errors.invalid");

export const userIdSchema = id;
export const unlinkAccountSchema = z.object({ accountId: id });
export type UnlinkAccountInput = { accountId: unknown };
