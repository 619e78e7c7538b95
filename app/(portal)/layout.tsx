import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { PortalShell } from "@/components/portal/portal-shell";
import { ClientMessages } from "@/components/client-messages";
import { BrowserTimeZone } from "@/components/time-zones/browser-time-zone";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [viewer, settings] = await Promise.all([requireViewer(), getPortalSettings()]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  return (
    <ClientMessages area="portal">
      <PortalShell viewer={viewer}>{children}</PortalShell>
      {viewer.timeZone ? null : <BrowserTimeZone />}
    </ClientMessages>
  );
}
