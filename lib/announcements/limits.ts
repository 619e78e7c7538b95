// Limits the client forms show, without zod (kept out of the browser bundle); schema.ts enforces them.

export const ANNOUNCEMENT_SEVERITIES = ["INFO", "WARNING", "OUTAGE"] as const;
export type AnnouncementSeverity = (typeof ANNOUNCEMENT_SEVERITIES)[number];
export const ANNOUNCEMENT_MESSAGE_MAX = 500;
