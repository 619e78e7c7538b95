import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getAsset } from "@/lib/assets/queries";
import { costText, isoDate } from "@/lib/assets/schema";
import { searchRequesters } from "@/lib/tickets/requesters";
import { getPortalSettings } from "@/lib/settings/queries";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-class";
import { AssetStatusBadge } from "@/components/admin/assets/status-badge";
import { CheckInForm, CheckOutForm } from "@/components/admin/assets/check-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("title") };
}

export default async function AssetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ who?: string; saved?: string }> }) {
  const viewer = await requireStaffPage();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [t, tt, format, asset, settings] = await Promise.all([getTranslations("assets"), getTranslations("tickets"), getFormatter(), getAsset(viewer, id), getPortalSettings()]);
  if (!asset) notFound();
  const open = asset.assignments.find((a) => !a.endedAt);
  const who = typeof search.who === "string" ? search.who.slice(0, 100) : "";
  const candidates = !open && who ? await searchRequesters(viewer, who) : [];
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, React.ReactNode][] = [
    [t("fields.type"), asset.type.name],
    [t("fields.status"), <AssetStatusBadge key="s" status={asset.status} />],
    [t("fields.manufacturer"), asset.manufacturer],
    [t("fields.model"), asset.model],
    [t("fields.serialNumber"), asset.serialNumber],
    [t("fields.purchaseDate"), isoDate(asset.purchaseDate)],
    [t("fields.purchaseCost"), costText(asset.purchaseCostCents)],
    [t("fields.warrantyEnd"), isoDate(asset.warrantyEnd)],
    [t("fields.location"), asset.location?.name],
    [t("fields.organization"), asset.organization?.name],
  ];
  return (
    <div className="space-y-4">
      <Link href="/admin/assets" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold"><span className="font-mono">{asset.tag}</span> · {asset.name}</h1>
        <Link href={`/admin/assets/${asset.id}/edit`} className={buttonClass("secondary")}>{t("edit")}</Link>
      </div>
      {search.saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2" aria-labelledby="asset-details">
          <h2 id="asset-details" className="text-lg font-semibold">{t("details")}</h2>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-slate-900">{value || "—"}</dd>
              </div>
            ))}
          </dl>
          {asset.notes ? <p className="whitespace-pre-wrap text-sm text-slate-700">{asset.notes}</p> : null}
        </section>
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="asset-holder" data-testid="asset-holder">
          <h2 id="asset-holder" className="text-lg font-semibold">{t("holder")}</h2>
          {open ? (
            <>
              <p className="text-sm">
                <Link href={`/admin/employees/${open.user.id}`} className="font-medium text-brand hover:underline">{open.user.name}</Link>{" "}
                <span className="text-slate-500">{t("since", { date: date(open.assignedAt) })}</span>
              </p>
              <CheckInForm assetId={asset.id} canAskReturn={settings.confirmationsEnabled} />
            </>
          ) : (
            <>
              <p className="text-sm text-slate-600">{t("noHolder")}</p>
              <form role="search" className="flex gap-2" action={`/admin/assets/${asset.id}`}>
                <label htmlFor="who" className="sr-only">{t("checkOutPerson")}</label>
                <input id="who" name="who" type="search" defaultValue={who} maxLength={100} placeholder={t("checkOutPersonPlaceholder")} className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
                <button type="submit" className={buttonClass("secondary")}>{t("search")}</button>
              </form>
              {who && candidates.length === 0 ? <p className="text-sm text-slate-600">{t("checkOutNoMatch")}</p> : null}
              {candidates.length > 0 ? <CheckOutForm key={who} assetId={asset.id} candidates={candidates} canAskReceipt={settings.confirmationsEnabled} /> : null}
            </>
          )}
        </section>
      </div>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="asset-history">
        <h2 id="asset-history" className="text-lg font-semibold">{t("history")}</h2>
        {asset.assignments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("historyEmpty")}</p>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="asset-history">
            {asset.assignments.map((a) => (
              <li key={a.id} className="rounded border border-slate-100 p-2">
                <p>
                  <span className="text-slate-500">{date(a.assignedAt)}</span> · {t("historyOut", { person: a.user.name, by: a.assignedBy?.name ?? t("unknownPerson") })}
                  {a.assignComment ? <span className="text-slate-600"> — “{a.assignComment}”</span> : null}
                </p>
                {a.endedAt ? (
                  <p>
                    <span className="text-slate-500">{date(a.endedAt)}</span> · {t("historyIn", { by: a.endedBy?.name ?? t("unknownPerson") })}
                    {a.endComment ? <span className="text-slate-600"> — “{a.endComment}”</span> : null}
                  </p>
                ) : (
                  <p className="font-medium text-blue-700">{t("historyOpen")}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="asset-tickets">
        <h2 id="asset-tickets" className="text-lg font-semibold">{t("tickets")}</h2>
        {asset.tickets.length === 0 ? (
          <p className="text-sm text-slate-600">{t("ticketsEmpty")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {asset.tickets.map((ticket) => (
              <li key={ticket.id}>
                <Link href={`/admin/tickets/${ticket.id}`} className="text-brand hover:underline">#{ticket.id} {ticket.subject}</Link>{" "}
                <span className="text-slate-500">· {tt(`status.${ticket.status}`)} · {ticket.requester.name}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
