import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetForm } from "@/components/auth/reset-form";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("reset.title") };
}

/** The page the reset email links to; the token is checked when the new password is sent. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [t, { token }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <AuthCard title={t("reset.title")}>
      {typeof token === "string" && token ? (
        <ResetForm token={token} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error">{t("reset.missing")}</Alert>
          <Link href="/forgot-password" className="text-sm text-brand hover:underline">{t("forgotLink")}</Link>
        </div>
      )}
    </AuthCard>
  );
}
