import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { portalAudience } from "@/lib/kb/access";

/**
 * Who is reading a portal knowledge-base page. Visitors who may not read it are sent to sign in;
 * signed-in users for whom it is off get a 404.
 */
export async function kbReader(path: string) {
  const [viewer, settings, locale] = await Promise.all([getSession(), getPortalSettings(), getLocale()]);
  const audience = portalAudience(viewer, settings);
  if (!audience) {
    if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
    notFound();
  }
  return { viewer, audience, locale };
}
