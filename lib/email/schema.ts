import { z } from "zod";

export const OUTBOX_PAGE_SIZE = 20;

/** A message id from a URL or a form: a cuid, else the message simply does not exist. */
export const emailIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);

export const outboxPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
