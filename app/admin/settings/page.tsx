import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { ssoProviderStatuses } from "@/lib/auth/sso/providers";
import { SSO_PROVIDER_NAMES } from "@/lib/auth/sso/names";
import { Badge } from "@/components/ui/badge";
import Link from "next/link";

export async function generateMetadata() {
  return { title: (await getTranslations("sso"))("settings.title") };
}

const stateTone = { active: "green", off: "slate", incomplete: "amber" } as const;

/** Read-only: which sign-in providers are active. Admins only; agents get a 404 like customers. */
export default async function SettingsPage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const [t, tp, ta] = await Promise.all([getTranslations("sso.settings"), getTranslations("portalSettings"), getTranslations("announcements")]);
  const providers = ssoProviderStatuses();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">
          <Link href="/admin/settings/portal" className="text-brand hover:underline">{tp("link")}</Link>
        </h2>
        <p className="text-sm text-slate-600">{tp("linkIntro")}</p>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">
          <Link href="/admin/announcements" className="text-brand hover:underline">{ta("title")}</Link>
        </h2>
        <p className="text-sm text-slate-600">{ta("intro")}</p>
      </section>
      <section aria-labelledby="sso-title" className="space-y-3">
        <div className="space-y-1">
          <h2 id="sso-title" className="text-lg font-semibold">{t("ssoTitle")}</h2>
          <p className="text-sm text-slate-600">{t("ssoIntro")}</p>
        </div>
        <ul className="grid gap-3 md:grid-cols-2">
          {providers.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`sso-${p.id}`}>
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-medium">{SSO_PROVIDER_NAMES[p.id]}</h3>
                <Badge tone={stateTone[p.state]}>{t(`state.${p.state}`)}</Badge>
              </div>
              <dl className="mt-3 space-y-2 text-sm">
                {p.issuer ? (
                  <div>
                    <dt className="text-slate-600">{t("issuer")}</dt>
                    <dd className="break-all font-mono text-xs">{p.issuer}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="text-slate-600">{t("callbackUrl")}</dt>
                  <dd className="break-all font-mono text-xs">{p.callbackUrl}</dd>
                </div>
                {p.state === "active" ? (
                  <div>
                    <dt className="text-slate-600">{t("autoCreate")}</dt>
                    <dd>{p.autoCreateDomains.length ? p.autoCreateDomains.join(", ") : t("autoCreateOff")}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
