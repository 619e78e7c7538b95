import { getTranslations } from "next-intl/server";
import type { PortalSettings } from "@/lib/settings/queries";

/** The admin's support contacts and privacy policy, under every portal page (when set). */
export async function PortalFooter({ settings }: { settings: Pick<PortalSettings, "supportPhone" | "supportEmail" | "privacyUrl" | "siteName"> }) {
  const t = await getTranslations("look");
  const { supportPhone, supportEmail, privacyUrl } = settings;
  if (!supportPhone && !supportEmail && !privacyUrl) return null;
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-600">
        <span>{t("footer.help", { site: settings.siteName })}</span>
        {supportPhone ? (
          <a href={`tel:${supportPhone.replace(/[^+0-9]/g, "")}`} className="text-brand underline underline-offset-2">
            {t("footer.phone", { phone: supportPhone })}
          </a>
        ) : null}
        {supportEmail ? (
          <a href={`mailto:${supportEmail}`} className="text-brand underline underline-offset-2">
            {supportEmail}
          </a>
        ) : null}
        {privacyUrl ? (
          <a href={privacyUrl} className="text-brand underline underline-offset-2" rel="noopener noreferrer">
            {t("footer.privacy")}
          </a>
        ) : null}
      </div>
    </footer>
  );
}
