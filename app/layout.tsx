import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { faviconUrl, getPortalSettings, themeUrl } from "@/lib/settings/queries";
import { HydrationMarker } from "@/components/hydration-marker";
import { ClientMessages } from "@/components/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPortalSettings();
  const favicon = faviconUrl(settings);
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    ...(favicon ? { icons: { icon: [{ url: favicon, type: settings.faviconContentType ?? undefined }] } } : {}),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, settings, t] = await Promise.all([getLocale(), getPortalSettings(), getTranslations("look")]);
  return (
    // data-theme: the admin's light/dark default ("system" follows the device); see globals.css.
    <html lang={locale} data-theme={settings.colorScheme}>
      <head>
        {/* The brand colours, a stylesheet of our own (lib/settings/queries.ts themeUrl). */}
        <link rel="stylesheet" href={themeUrl(settings)} precedence="default" />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only rounded bg-white px-3 py-2 text-sm font-medium text-brand shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages area="root">{children}</ClientMessages>
        <HydrationMarker />
      </body>
    </html>
  );
}
