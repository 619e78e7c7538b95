import type { Locale } from "./locales";
import en from "@/messages/en";
import es from "@/messages/es";

export type Messages = typeof en;

const catalogues: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
