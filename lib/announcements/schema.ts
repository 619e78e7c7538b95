import { z } from "zod";
import { ANNOUNCEMENT_SEVERITIES, ANNOUNCEMENT_MESSAGE_MAX } from "./limits";
export { ANNOUNCEMENT_SEVERITIES, ANNOUNCEMENT_MESSAGE_MAX } from "./limits";
export type { AnnouncementSeverity } from "./limits";

const message = z.string().trim().min(1, "errors.messageRequired").max(ANNOUNCEMENT_MESSAGE_MAX, "errors.messageTooLong");
// The browser sends the moment as an ISO string (it knows the admin's time zone; the server does not).
const moment = z.iso.datetime({ offset: true, message: "errors.dateInvalid" }).transform((v) => new Date(v));

/** A dated message for the portal, in both languages. */
export const announcementSchema = z
  .object({
    id: z.string().max(40).optional(),
    severity: z.enum(ANNOUNCEMENT_SEVERITIES, { message: "errors.severityInvalid" }),
    messageEn: message,
    messageEs: message,
    startsAt: moment,
    endsAt: moment,
  })
  .refine((a) => a.endsAt > a.startsAt, { path: ["endsAt"], message: "errors.endBeforeStart" });
export type AnnouncementInput = z.input<typeof announcementSchema>;
