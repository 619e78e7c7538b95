"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initializePasswordAction, updatePortalOptionsAction } from "@/lib/accounts/actions";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type Props = {
  userId: string;
  email: string;
  editing: boolean;
  portalAccess: boolean;
  options: { showChat: boolean; showAssets: boolean; showDocuments: boolean; showNotes: boolean; showConfirmations: boolean };
};

const OPTIONS = ["showChat", "showAssets", "showDocuments", "showNotes", "showConfirmations"] as const;

/**
 * The Portal tab of a user record. As in the product's documentation, it can be changed only in
 * edit mode, and "(Re)Initialize Password" is disabled outside it.
 */
export function PortalTab({ userId, email, editing, portalAccess, options }: Props) {
  const t = useTranslations("accounts.people");
  const [saved, saveAction] = useActionState(updatePortalOptionsAction, null);
  const [sent, initAction] = useActionState(initializePasswordAction, null);
  return (
    <div className="space-y-6">
      <form action={saveAction} className="space-y-3">
        {saved && !saved.ok ? <Alert tone="error">{saved.message}</Alert> : null}
        {saved?.ok ? <Alert tone="success">{t("portalSaved")}</Alert> : null}
        <input type="hidden" name="userId" value={userId} />
        <fieldset disabled={!editing} className="space-y-2">
          <legend className="sr-only">{t("portalTab")}</legend>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="portalAccess" defaultChecked={portalAccess} />
            {t("portalAccess")}
          </label>
          <p className="text-xs text-slate-500">{t("portalAccessHint")}</p>
          <p className="pt-2 text-sm font-medium text-slate-700">{t("portalShows")}</p>
          {OPTIONS.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={name} defaultChecked={options[name]} />
              {t(`options.${name}`)}
            </label>
          ))}
        </fieldset>
        {editing ? <SubmitButton pendingLabel={t("saving")} variant="secondary">{t("savePortal")}</SubmitButton> : null}
      </form>

      <form
        action={initAction}
        className="space-y-2 border-t border-slate-200 pt-4"
        onSubmit={(e) => {
          if (!window.confirm(t("initializeConfirm", { email }))) e.preventDefault();
        }}
      >
        {sent && !sent.ok ? <Alert tone="error">{sent.message}</Alert> : null}
        {sent?.ok ? <Alert tone="success">{t("passwordSent", { email: sent.data.sentTo })}</Alert> : null}
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton pendingLabel={t("initializing")} disabled={!editing} variant="secondary">
          {t("initializePassword")}
        </SubmitButton>
        <p className="text-xs text-slate-500">{editing ? t("initializeHint") : t("initializeNeedsEdit")}</p>
      </form>
    </div>
  );
}
