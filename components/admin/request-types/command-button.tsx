import { requestTypeCommandAction } from "@/lib/request-types/actions";
import { SubmitButton } from "@/components/ui/button";

type Command = "activate" | "deactivate" | "up" | "down";

/** One small form per command (activate, deactivate, move), so each works without JavaScript. */
export function CommandButton({ typeId, fieldId, command, label, pendingLabel, children, disabled }: {
  typeId: string; fieldId?: string; command: Command; label: string; pendingLabel: string; children: React.ReactNode; disabled?: boolean;
}) {
  return (
    <form action={requestTypeCommandAction}>
      <input type="hidden" name="typeId" value={typeId} />
      {fieldId ? <input type="hidden" name="fieldId" value={fieldId} /> : null}
      <input type="hidden" name="command" value={command} />
      <SubmitButton variant="secondary" aria-label={label} title={label} pendingLabel={pendingLabel} disabled={disabled} className="px-2 py-1">
        {children}
      </SubmitButton>
    </form>
  );
}
