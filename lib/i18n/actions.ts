"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LOCALES, LOCALE_COOKIE } from "./locales";

const schema = z.enum(LOCALES);

/** Switches the interface language: saved on the account when signed in, else in a cookie. */
export async function setLocaleAction(locale: string) {
  const parsed = schema.safeParse(locale);
  if (!parsed.success) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const viewer = await getSession();
  if (viewer) await db.user.update({ where: { id: viewer.id }, data: { locale: parsed.data } });
  return { ok: true as const };
}
