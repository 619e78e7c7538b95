"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, Input, Select } from "@/components/ui/field";
import type { ConversationState } from "@/lib/chat/queries";

export type StaffTools = {
  agents: { id: string; name: string }[];
  categories: { id: string; name: string }[];
  defaultSubject: string;
};

type Props = {
  state: ConversationState;
  tools: StaffTools;
  transfer: (form: FormData) => void;
  convert: (form: FormData) => void;
  /** The field errors of the last refused transfer and conversion. */
  transferErrors?: Record<string, string[]>;
  convertErrors?: Record<string, string[]>;
};

/**
 * An agent's forms on an open conversation: hand it to another agent, or turn it into a ticket.
 * Loaded after the page (conversation-controls.tsx), which keeps their actions' state.
 */
export function StaffToolForms({ state, tools, transfer, convert, transferErrors, convertErrors }: Props) {
  const t = useTranslations("chat");
  const hidden = <input type="hidden" name="conversationId" value={state.id} />;
  return (
    <div className="grid gap-3 border-t border-slate-200 pt-3 md:grid-cols-2">
      <form action={transfer} className="flex flex-wrap items-end gap-2">
        {hidden}
        <Field id="transfer-agent" label={t("console.transfer")} errors={transferErrors?.agentId}>
          <Select id="transfer-agent" name="agentId" defaultValue="">
            <option value="" disabled>{t("console.chooseAgent")}</option>
            {tools.agents.filter((a) => a.id !== state.assignee?.id).map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </Select>
        </Field>
        <SubmitButton pendingLabel={t("console.transferring")} variant="secondary">{t("console.transferButton")}</SubmitButton>
      </form>
      {!state.ticketId ? (
        <form action={convert} className="space-y-2">
          {hidden}
          <Field id="convert-subject" label={t("console.convertSubject")} errors={convertErrors?.subject}>
            <Input id="convert-subject" name="subject" defaultValue={tools.defaultSubject} maxLength={200} />
          </Field>
          <Field id="convert-category" label={t("console.convertCategory")} errors={convertErrors?.categoryId}>
            <Select id="convert-category" name="categoryId" defaultValue={tools.categories[0]?.id ?? ""}>
              {tools.categories.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </Select>
          </Field>
          <ConfirmSubmit message={t("console.convertConfirm")} pendingLabel={t("console.converting")} variant="secondary">{t("console.convert")}</ConfirmSubmit>
        </form>
      ) : null}
    </div>
  );
}
