import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { listCurrentAssets } from "@/lib/assets/queries";

/** Beside a ticket, under the requester card: what the requester holds now. */
export async function RequesterAssets({ viewer, requesterId }: { viewer: Pick<Viewer, "id" | "role">; requesterId: string }) {
  const [t, held] = await Promise.all([getTranslations("assets.requesterCard"), listCurrentAssets(viewer, requesterId)]);
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-labelledby="requester-assets-title" data-testid="requester-assets">
      <h2 id="requester-assets-title" className="font-semibold">{t("title")}</h2>
      {held.length === 0 ? (
        <p className="text-slate-500">{t("none")}</p>
      ) : (
        <ul className="space-y-1">
          {held.map(({ asset }) => (
            <li key={asset.id}>
              <Link href={`/admin/assets/${asset.id}`} className="text-brand hover:underline"><span className="font-mono">{asset.tag}</span> {asset.name}</Link>
              <span className="text-slate-500"> · {asset.type.name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
