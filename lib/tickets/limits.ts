// Ticket text limits, without zod: the client forms import these, the schemas (schema.ts) enforce them.
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 20_000;
export const REASON_MAX = 2000;
export const COMMENT_MAX = 2000;
