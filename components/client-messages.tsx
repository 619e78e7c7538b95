import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { CLIENT_MESSAGES, pickMessages, type ClientMessagesArea } from "@/lib/i18n/client-messages";
import { messagesFor } from "@/lib/i18n/messages";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

/** Gives the client components below the catalogue parts their layout lists, and nothing more. */
export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const locale = await getLocale();
  const messages = messagesFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
  return <NextIntlClientProvider messages={pickMessages(messages, CLIENT_MESSAGES[area])}>{children}</NextIntlClientProvider>;
}
