import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { faviconUrl, getPortalSettings, logoUrl } from "@/lib/settings/queries";
import { PortalSettingsForm } from "@/components/admin/portal-settings-form";
import { timeZoneChoices } from "@/lib/time-zones/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("portalSettings"))("title") };
}

/** Branding, modules and rules of the portal. Admins only; agents get a 404 like customers. */
export default async function PortalSettingsPage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const [t, settings] = await Promise.all([getTranslations("portalSettings"), getPortalSettings()]);
  return (
    <div className="space-y-4">
      <Link href="/admin/settings" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <PortalSettingsForm
        logoUrl={logoUrl(settings)}
        assets={{
          assetsEnabled: settings.assetsEnabled,
          assetsForEmployees: settings.assetsForEmployees,
          assetsForCustomers: settings.assetsForCustomers,
          assetTagPrefix: settings.assetTagPrefix,
        }}
        timeZones={timeZoneChoices()}
        faviconUrl={faviconUrl(settings)}
        initial={{
          siteName: settings.siteName,
          bannerText: settings.bannerText,
          bannerTextEs: settings.bannerTextEs,
          welcomeTitleEn: settings.welcomeTitleEn,
          welcomeTitleEs: settings.welcomeTitleEs,
          welcomeTextEn: settings.welcomeTextEn,
          welcomeTextEs: settings.welcomeTextEs,
          supportPhone: settings.supportPhone,
          supportEmail: settings.supportEmail,
          privacyUrl: settings.privacyUrl,
          colorScheme: settings.colorScheme,
          primaryColor: settings.primaryColor,
          accentColor: settings.accentColor,
          kbEnabled: settings.kbEnabled,
          publicKbEnabled: settings.publicKbEnabled,
          requireNewPassword: settings.requireNewPassword,
          documentsEnabled: settings.documentsEnabled,
          notesEnabled: settings.notesEnabled,
          confirmationsEnabled: settings.confirmationsEnabled,
          confirmationReminderDays: String(settings.confirmationReminderDays),
          confirmationReminderMax: String(settings.confirmationReminderMax),
          autoCloseDays: String(settings.autoCloseDays),
          chatEnabled: settings.chatEnabled,
          chatEmailDelayMinutes: String(settings.chatEmailDelayMinutes),
          defaultTimeZone: settings.defaultTimeZone,
        }}
      />
    </div>
  );
}
