import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { PortalShell } from "@/components/portal/portal-shell";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [viewer, settings] = await Promise.all([requireViewer(), getPortalSettings()]);
  if (viewer.mustChangePassword && settings.requireNewPassword) redirect("/change-password");
  return <PortalShell viewer={viewer}>{children}</PortalShell>;
}
