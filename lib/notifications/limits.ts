// Limits the client forms show, without zod (kept out of the browser bundle); schema.ts enforces them.

/** The per-agent email switches of /account: a checkbox each, absent meaning off. */
export const AGENT_EMAIL_SWITCHES = ["ticketFiled", "requesterReply", "reopened", "lowRating", "unassigned"] as const;
