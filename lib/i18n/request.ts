import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { timeZoneOf } from "@/lib/time-zones/service";

/** The user's saved language, else the language cookie, else Accept-Language, else English. */
export async function resolveLocale(): Promise<Locale> {
  const viewer = await getSession();
  if (isLocale(viewer?.locale)) return viewer.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  // Dates in the viewer's own zone (else the portal's default), on the server and in the browser.
  return { locale, messages: messagesFor(locale), timeZone: await timeZoneOf(await getSession()) };
});
