import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-class";

/** The submit button of a form sent by script (with upload progress): disabled while sending. */
export function SendButton({ pending, pendingLabel, children }: { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass()}>
      {pending ? pendingLabel : children}
    </button>
  );
}
