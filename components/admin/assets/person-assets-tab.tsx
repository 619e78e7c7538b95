import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { listPersonAssets } from "@/lib/assets/queries";

/** The Assets tab of a person's record: what they hold now and what they held before. */
export async function PersonAssetsTab({ viewer, personId }: { viewer: Pick<Viewer, "id" | "role">; personId: string }) {
  const [t, format, assets] = await Promise.all([getTranslations("assets.personTab"), getFormatter(), listPersonAssets(viewer, personId)]);
  if (!assets) return null;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const item = (r: (typeof assets.current)[number]) => (
    <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2">
      <Link href={`/admin/assets/${r.asset.id}`} className="text-brand hover:underline"><span className="font-mono">{r.asset.tag}</span> {r.asset.name}</Link>
      <span className="text-xs text-slate-500">
        {r.asset.type.name} · {r.endedAt ? t("range", { from: day(r.assignedAt), to: day(r.endedAt) }) : t("from", { date: day(r.assignedAt) })}
      </span>
    </li>
  );
  return (
    <div className="space-y-4 text-sm" data-testid="person-assets">
      <section>
        <h2 className="mb-1 font-semibold">{t("current")}</h2>
        {assets.current.length === 0 ? <p className="text-slate-500">{t("none")}</p> : <ul className="space-y-1">{assets.current.map(item)}</ul>}
      </section>
      <section>
        <h2 className="mb-1 font-semibold">{t("past")}</h2>
        {assets.past.length === 0 ? <p className="text-slate-500">{t("none")}</p> : <ul className="space-y-1">{assets.past.map(item)}</ul>}
      </section>
    </div>
  );
}
