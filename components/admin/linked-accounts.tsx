"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { unlinkAccountAction } from "@/lib/auth/sso/actions";
import { isSsoProviderId, SSO_PROVIDER_NAMES } from "@/lib/auth/sso/names";
import { SubmitButton } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";

export type LinkedAccountItem = { id: string; provider: string; email: string | null; createdAt: Date };

function providerName(provider: string) {
  return isSsoProviderId(provider) ? SSO_PROVIDER_NAMES[provider] : provider;
}

/** One linked identity, with "Unlink" that asks for confirmation first. */
function LinkedAccountRow({ account, canUnlink }: { account: LinkedAccountItem; canUnlink: boolean }) {
  const t = useTranslations("sso.linked");
  const format = useFormatter();
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(unlinkAccountAction, null);
  const name = providerName(account.provider);
  return (
    <li className="space-y-2 py-3" data-testid="linked-account">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">{name}</p>
          <p className="break-all text-sm text-slate-600">
            {account.email ? <span>{account.email} · </span> : null}
            {t("linkedOn")} {format.dateTime(account.createdAt, { dateStyle: "medium" })}
          </p>
        </div>
        {canUnlink && !confirming ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(true)}>
            {t("unlink")}
            <span className="sr-only"> {name}</span>
          </button>
        ) : null}
      </div>
      {confirming ? (
        <form action={action} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3" aria-label={t("unlink")}>
          <input type="hidden" name="accountId" value={account.id} />
          <p className="text-sm text-red-900">{t("confirm", { provider: name })}</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" pendingLabel={t("unlinking")}>{t("confirmUnlink")}</SubmitButton>
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>{t("cancel")}</button>
          </div>
        </form>
      ) : null}
      <p role="status" className={`text-sm ${state && !state.ok ? "text-red-700" : "text-slate-600"}`}>
        {state ? (state.ok ? t("unlinked") : state.message) : null}
      </p>
    </li>
  );
}

/**
 * The Portal tab's "Single sign-on" section: a user's linked providers, each with "Unlink".
 * Give it what `listLinkedAccounts(viewer, userId)` returns, and `canManagePerson(viewer, person)`
 * as `canUnlink` (the action checks it again).
 */
export function LinkedAccounts({ accounts, canUnlink }: { accounts: LinkedAccountItem[]; canUnlink: boolean }) {
  const t = useTranslations("sso.linked");
  return (
    <section aria-labelledby="linked-accounts-title" className="space-y-2">
      <h2 id="linked-accounts-title" className="text-lg font-semibold">{t("title")}</h2>
      {accounts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
          {accounts.map((account) => <LinkedAccountRow key={account.id} account={account} canUnlink={canUnlink} />)}
        </ul>
      )}
    </section>
  );
}
