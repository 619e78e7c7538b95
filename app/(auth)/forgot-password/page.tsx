import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotForm } from "@/components/auth/forgot-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("forgot.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("forgot.title")} intro={t("forgot.intro")}>
      <div className="space-y-4">
        <ForgotForm />
        <p className="text-center text-sm">
          <Link href="/login" className="text-brand hover:underline">{t("forgot.back")}</Link>
        </p>
      </div>
    </AuthCard>
  );
}
