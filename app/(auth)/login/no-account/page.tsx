import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthCard } from "@/components/auth/auth-card";
import { buttonClass } from "@/components/ui/button-class";

const reasonSchema = z.enum(["noAccount", "unverified", "otherIdentityLinked"]).catch("noAccount");

export async function generateMetadata() {
  return { title: (await getTranslations("sso"))("refused.noAccount.title") };
}

/** Where a refused single sign-on lands: the provider said who it is, but Portico has no account for it. */
export default async function NoAccountPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const [t, { reason }] = await Promise.all([getTranslations("sso"), searchParams]);
  const why = reasonSchema.parse(reason);
  return (
    <AuthCard title={t(`refused.${why}.title`)}>
      <p className="text-sm text-slate-700">{t(`refused.${why}.text`)}</p>
      <Link href="/login" className={`${buttonClass("secondary")} mt-6 w-full`}>{t("refused.backToSignIn")}</Link>
    </AuthCard>
  );
}
