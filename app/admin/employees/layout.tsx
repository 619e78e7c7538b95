import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

/** This part of the console's client components get their own namespaces (lib/i18n/client-messages.ts). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages area="admin/employees">{children}</ClientMessages>;
}
