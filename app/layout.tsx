import type { Metadata } from "next";
import type { CSSProperties, ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { getPortalSettings } from "@/lib/settings/queries";
import { HydrationMarker } from "@/components/hydration-marker";
import { ClientMessages } from "@/components/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPortalSettings();
  return { title: { default: settings.siteName, template: `%s · ${settings.siteName}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, settings] = await Promise.all([getLocale(), getPortalSettings()]);
  const brand = { "--brand": settings.primaryColor, "--accent": settings.accentColor } as CSSProperties;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased" style={brand}>
        <ClientMessages area="root">{children}</ClientMessages>
        <HydrationMarker />
      </body>
    </html>
  );
}
