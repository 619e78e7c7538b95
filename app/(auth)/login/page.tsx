import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { enabledSsoProviders } from "@/lib/auth/sso/providers";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { Alert } from "@/components/ui/alert";
import { LanguageSwitcher } from "@/components/language-switcher";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const [viewer, settings, t, ts, { callbackUrl, error }] = await Promise.all([
    getSession(),
    getPortalSettings(),
    getTranslations("auth"),
    getTranslations("sso"),
    searchParams,
  ]);
  if (viewer) redirect("/");
  const returnTo = typeof callbackUrl === "string" ? callbackUrl : undefined;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold text-brand">{settings.siteName}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("signInTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("signInIntro")}</p>
        {/* Auth.js sends a failed single sign-on (a bad state, a refused code) back here with ?error=. */}
        {error ? <div className="mt-4"><Alert tone="error">{ts("failed")}</Alert></div> : null}
        <div className="mt-6 space-y-4">
          <LoginForm callbackUrl={returnTo} />
          <SsoButtons providers={enabledSsoProviders().map((p) => p.id)} callbackUrl={returnTo} />
        </div>
      </div>
      <div className="mt-4 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
