import { safeCallback } from "@/lib/auth/safe-callback";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { enabledSsoProviders } from "@/lib/auth/sso/providers";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string; error?: string }> }) {
  const [viewer, t, ts, { callbackUrl, reset, error }] = await Promise.all([
    getSession(),
    getTranslations("auth"),
    getTranslations("sso"),
    searchParams,
  ]);
  if (viewer) redirect("/");
  // Only a same-origin path and query is carried on to the form; anything else returns to the default page.
  const returnTo = typeof callbackUrl === "string" && callbackUrl ? safeCallback(callbackUrl) : undefined;
  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      <div className="space-y-4">
        {reset ? <Alert tone="success">{t("resetDone")}</Alert> : null}
        {/* Auth.js sends a failed single sign-on (a bad state, a refused code) back here with ?error=. */}
        {error ? <Alert tone="error">{ts("failed")}</Alert> : null}
        <LoginForm callbackUrl={returnTo} />
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="text-brand hover:underline">{t("forgotLink")}</Link>
        </p>
        <SsoButtons providers={enabledSsoProviders().map((p) => p.id)} callbackUrl={returnTo} />
      </div>
    </AuthCard>
  );
}
