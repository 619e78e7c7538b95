// Canned-response limits, without zod: the client form imports these, the schema (schema.ts) enforces them.
export const CANNED_TITLE_MAX = 120;
export const CANNED_BODY_MAX = 10_000;
