import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

/** Sign-in and the password pages: their forms' texts are the only catalogue parts sent. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="auth">{children}</ClientMessages>;
}
