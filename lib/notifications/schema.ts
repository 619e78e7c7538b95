import { z } from "zod";

/** The per-agent email switches of /account: a checkbox each, absent meaning off. */
export const AGENT_EMAIL_SWITCHES = ["ticketFiled", "requesterReply", "reopened", "lowRating", "unassigned"] as const;
export const agentEmailSwitchesSchema = z.object(Object.fromEntries(AGENT_EMAIL_SWITCHES.map((k) => [k, z.boolean()])) as Record<(typeof AGENT_EMAIL_SWITCHES)[number], z.ZodBoolean>);
