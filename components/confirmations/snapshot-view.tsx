import { getTranslations } from "next-intl/server";
import type { Snapshot } from "@/lib/confirmations/snapshot";
import { formatSize } from "@/components/tickets/format-size";

/** What was frozen when the request was sent: the text, the document version or the equipment. */
export async function SnapshotView({ snapshot, versionHref }: { snapshot: Snapshot; versionHref?: string | null }) {
  const t = await getTranslations("confirmations");
  return (
    <div className="space-y-3 text-sm" data-testid="snapshot">
      {snapshot.document ? (
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-500">{t("document")}</dt><dd className="break-words font-medium">{snapshot.document.title}</dd>
          <dt className="text-slate-500">{t("versionNumber")}</dt><dd>{snapshot.document.versionNumber}</dd>
          <dt className="text-slate-500">{t("fileName")}</dt><dd className="break-all">{snapshot.document.fileName} · {formatSize(snapshot.document.size)}</dd>
          <dt className="text-slate-500">SHA-256</dt><dd className="break-all font-mono text-xs">{snapshot.document.sha256}</dd>
        </dl>
      ) : null}
      {versionHref ? <a href={versionHref} target="_blank" rel="noopener" className="text-brand hover:underline">{t("openVersion")}</a> : null}
      {snapshot.assets ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="text-slate-500"><tr><th className="py-1 pr-4">{t("assetTag")}</th><th className="py-1 pr-4">{t("assetName")}</th><th className="py-1">{t("serial")}</th></tr></thead>
            <tbody>
              {snapshot.assets.map((a) => (
                <tr key={a.assetTag} className="border-t border-slate-100"><td className="py-1 pr-4 font-mono">{a.assetTag}</td><td className="py-1 pr-4">{a.name}</td><td className="py-1 font-mono">{a.serialNumber ?? "—"}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {snapshot.text ? <p className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3">{snapshot.text}</p> : null}
    </div>
  );
}
