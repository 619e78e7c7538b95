import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getPortalSettings } from "@/lib/settings/queries";
import { LanguageSwitcher } from "@/components/language-switcher";
import { buttonClass } from "@/components/ui/button-class";

const reasonSchema = z.enum(["noAccount", "unverified", "otherIdentityLinked"]).catch("noAccount");

export async function generateMetadata() {
  return { title: (await getTranslations("sso"))("refused.noAccount.title") };
}

/** Where a refused single sign-on lands: the provider said who it is, but Portico has no account for it. */
export default async function NoAccountPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const [settings, t, { reason }] = await Promise.all([getPortalSettings(), getTranslations("sso"), searchParams]);
  const why = reasonSchema.parse(reason);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold text-brand">{settings.siteName}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t(`refused.${why}.title`)}</h1>
        <p className="mt-3 text-sm text-slate-700">{t(`refused.${why}.text`)}</p>
        <Link href="/login" className={`${buttonClass("secondary")} mt-6 w-full`}>{t("refused.backToSignIn")}</Link>
      </div>
      <div className="mt-4 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
