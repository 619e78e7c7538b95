import { z } from "zod";

export const FAILURES_PAGE_SIZE = 20;

/** A failure id from a URL or a form: a cuid, else the failure simply does not exist. */
export const failureIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);

export const failuresPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
