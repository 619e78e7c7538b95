import { getTranslations } from "next-intl/server";
import { ssoSignInAction } from "@/lib/auth/sso/actions";
import { SSO_PROVIDER_NAMES, type SsoProviderId } from "@/lib/auth/sso/names";
import { SubmitButton } from "@/components/ui/button";

/** "Sign in with Microsoft" / "Sign in with Google", one form each, for the configured providers. */
export async function SsoButtons({ providers, callbackUrl }: { providers: SsoProviderId[]; callbackUrl?: string }) {
  if (providers.length === 0) return null;
  const t = await getTranslations("sso");
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-3 text-xs uppercase text-slate-500" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </p>
      {providers.map((id) => (
        <form key={id} action={ssoSignInAction}>
          <input type="hidden" name="provider" value={id} />
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <SubmitButton variant="secondary" pendingLabel={t("redirecting")} className="w-full">
            {t("signInWith", { provider: SSO_PROVIDER_NAMES[id] })}
          </SubmitButton>
        </form>
      ))}
    </div>
  );
}
