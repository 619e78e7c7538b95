// Limits the client forms show, without zod (kept out of the browser bundle); schema.ts enforces them.

export const NOTE_BODY_MAX = 20_000;
