// Knowledge-base text limits, without zod: the client forms import these, the schemas (schema.ts) enforce them.
export const TITLE_MAX = 200;
export const BODY_MAX = 100_000;
export const COMMENT_MAX = 2_000;
