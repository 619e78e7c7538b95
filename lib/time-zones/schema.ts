import { z } from "zod";

/** Whether the runtime knows this IANA time zone ("Europe/Madrid", "UTC"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ message: "errors.timeZoneInvalid" })
  .trim()
  .min(1, "errors.timeZoneInvalid")
  .max(64, "errors.timeZoneInvalid")
  .refine(isTimeZone, "errors.timeZoneInvalid");

/** The zones offered in pickers: every zone the runtime knows, UTC first. */
export function timeZoneChoices(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}
