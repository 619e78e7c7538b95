import { z } from "zod";
import { AGENT_EMAIL_SWITCHES } from "./limits";
export { AGENT_EMAIL_SWITCHES } from "./limits";

export const agentEmailSwitchesSchema = z.object(Object.fromEntries(AGENT_EMAIL_SWITCHES.map((k) => [k, z.boolean()])) as Record<(typeof AGENT_EMAIL_SWITCHES)[number], z.ZodBoolean>);
