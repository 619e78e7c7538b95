import compile from "icu-minify/compile";
import type { Locale } from "./locales";
import en from "@/messages/en";
import es from "@/messages/es";

export type Messages = typeof en;

/** Every message of a catalogue compiled from ICU text to next-intl's precompiled form. */
function precompiled<T>(messages: T): T {
  // Through JSON: the compiler's objects have no prototype, which React will not send to the browser.
  if (typeof messages === "string") return JSON.parse(JSON.stringify(compile(messages))) as T;
  return Object.fromEntries(Object.entries(messages as object).map(([key, value]) => [key, precompiled(value)])) as T;
}

// Inside the Next.js build, server and browser format messages from their precompiled form
// (next.config.ts), so the catalogues are compiled here once, on the server, and the browser gets
// them compiled. Scripts and tests outside the build format the ICU text itself.
const catalogues: Record<Locale, Messages> = process.env.NEXT_RUNTIME ? { en: precompiled(en), es: precompiled(es) } : { en, es };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
