import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { getMyAsset } from "@/lib/assets/queries";
import { buttonClass } from "@/components/ui/button-class";
import { WarrantyBadge } from "@/components/portal/assets/warranty";

export async function generateMetadata() {
  return { title: (await getTranslations("assets.portal"))("title") };
}

/** One of my assets with the tickets I filed about it; another person's asset is a 404 like an unknown id. */
export default async function MyAssetPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePortalModule("assets");
  const [t, tt, format, asset] = await Promise.all([getTranslations("assets"), getTranslations("tickets"), getFormatter(), getMyAsset(viewer, (await params).id)]);
  if (!asset) notFound();
  const rows: [string, React.ReactNode][] = [
    [t("fields.tag"), <span key="tag" className="font-mono">{asset.tag}</span>],
    [t("fields.type"), asset.type.name],
    [t("fields.manufacturer"), asset.manufacturer],
    [t("fields.model"), asset.model],
    [t("fields.serialNumber"), asset.serialNumber ? <span key="sn" className="break-all font-mono">{asset.serialNumber}</span> : null],
    [t("portal.warranty"), <WarrantyBadge key="w" end={asset.warrantyEnd} />],
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/assets" className="text-sm text-brand hover:underline">← {t("portal.back")}</Link>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{asset.name}</h1>
        <Link href={`/tickets/new?asset=${encodeURIComponent(asset.id)}`} className={buttonClass("primary")}>{t("portal.reportProblem")}</Link>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd>{value || "—"}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-xs text-slate-500">{t("portal.since", { date: format.dateTime(asset.since, { dateStyle: "medium" }) })}</p>
      </section>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="asset-tickets">
        <h2 id="asset-tickets" className="text-lg font-semibold">{t("portal.tickets")}</h2>
        {asset.tickets.length === 0 ? (
          <p className="text-sm text-slate-600">{t("portal.ticketsEmpty")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="asset-tickets">
            {asset.tickets.map((ticket) => (
              <li key={ticket.id}>
                <Link href={`/tickets/${ticket.id}`} className="text-brand hover:underline">#{ticket.id} {ticket.subject}</Link>{" "}
                <span className="text-slate-500">· {tt(`status.${ticket.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
