import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const [viewer, t, { callbackUrl, reset }] = await Promise.all([getSession(), getTranslations("auth"), searchParams]);
  if (viewer) redirect("/");
  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      <div className="space-y-4">
        {reset ? <Alert tone="success">{t("resetDone")}</Alert> : null}
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="text-brand hover:underline">{t("forgotLink")}</Link>
        </p>
      </div>
    </AuthCard>
  );
}
