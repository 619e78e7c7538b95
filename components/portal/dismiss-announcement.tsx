"use client";

import { X } from "lucide-react";
import { dismissAnnouncementAction } from "@/lib/announcements/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/** "Close" on one announcement; the server remembers it for the person (every device). */
export function DismissAnnouncement({ id, label, pendingLabel }: { id: string; label: string; pendingLabel: string }) {
  const { state, onSubmit, pending } = useActionForm<ActionResult>(dismissAnnouncementAction);
  return (
    <form onSubmit={onSubmit} className="shrink-0">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="inline-flex items-center gap-1 rounded px-1 text-xs font-medium underline-offset-2 hover:underline disabled:opacity-60"
      >
        <X aria-hidden className="h-3.5 w-3.5" />
        {pending ? pendingLabel : label}
      </button>
      {state && !state.ok ? <span role="alert" className="block text-xs">{state.message}</span> : null}
    </form>
  );
}
