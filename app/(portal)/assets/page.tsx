import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { listMyAssets } from "@/lib/assets/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { WarrantyBadge } from "@/components/portal/assets/warranty";

export async function generateMetadata() {
  return { title: (await getTranslations("assets.portal"))("title") };
}

/** My assets: what the signed-in person holds now, read-only. */
export default async function MyAssetsPage() {
  const viewer = await requirePortalModule("assets");
  const [t, format, assets] = await Promise.all([getTranslations("assets.portal"), getFormatter(), listMyAssets(viewer)]);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {assets.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="my-assets">
          {assets.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/assets/${a.id}`} className="font-medium text-brand hover:underline">{a.name}</Link>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500">{t("asset")}</dt>
                <dd className="font-mono">{a.tag}</dd>
                <dt className="text-slate-500">{a.type.name}</dt>
                <dd className="break-all font-mono text-xs leading-5">{a.serialNumber ?? ""}</dd>
                <dt className="text-slate-500">{t("warranty")}</dt>
                <dd><WarrantyBadge end={a.warrantyEnd} /></dd>
              </dl>
              <p className="mt-2 text-xs text-slate-500">{t("since", { date: format.dateTime(a.since, { dateStyle: "medium" }) })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
