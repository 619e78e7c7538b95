import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { listAssetLookups } from "@/lib/assets/queries";
import { LookupDeleteForm, LookupNameForm } from "@/components/admin/assets/lookup-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("lookupsPage.title") };
}

/** Asset types and locations: admins only (agents get the same 404 as anyone else). */
export default async function AssetLookupsPage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const [t, lookups] = await Promise.all([getTranslations("assets"), listAssetLookups(viewer)]);
  if (!lookups) notFound();
  const section = (kind: "type" | "location", title: string, rows: { id: string; name: string; _count: { assets: number } }[]) => (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`${kind}-title`} data-testid={`asset-${kind}s`}>
      <h2 id={`${kind}-title`} className="text-lg font-semibold">{title}</h2>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("lookupsPage.empty")}</p> : null}
      <ul className="space-y-2">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-start gap-2">
            <div className="min-w-0 flex-1"><LookupNameForm kind={kind} id={row.id} name={row.name} label={`${t("lookupsPage.name")}: ${row.name}`} /></div>
            <span className="pt-2 text-xs text-slate-500">{t("lookupsPage.used", { count: row._count.assets })}</span>
            {row._count.assets === 0 ? <LookupDeleteForm kind={kind} id={row.id} name={row.name} /> : null}
          </li>
        ))}
      </ul>
      <LookupNameForm kind={kind} label={`${t("lookupsPage.add")}: ${title}`} />
    </section>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/assets" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("lookupsPage.title")}</h1>
      {section("type", t("lookupsPage.types"), lookups.types)}
      {section("location", t("lookupsPage.locations"), lookups.locations)}
    </div>
  );
}
