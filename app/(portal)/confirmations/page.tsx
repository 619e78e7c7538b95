import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { listMyConfirmations } from "@/lib/confirmations/queries";
import { db } from "@/lib/db";
import { Badge } from "@/components/ui/badge";
import { AnswerForm } from "@/components/confirmations/answer-form";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations"))("title") };
}

export default async function MyConfirmationsPage({ searchParams }: { searchParams: Promise<{ pending?: string; done?: string }> }) {
  const viewer = await requirePortalModule("confirmations");
  const search = await searchParams;
  const [t, format, mine, account] = await Promise.all([
    getTranslations("confirmations"),
    getFormatter(),
    listMyConfirmations(viewer, { pending: search.pending, done: search.done }),
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { name: true } }),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("portalIntro")}</p>
      </div>
      <section className="space-y-3" aria-labelledby="pending-h">
        <h2 id="pending-h" className="text-lg font-semibold">{t("pending")}</h2>
        <AnswerForm
          accountName={account.name}
          pending={mine.pending.map((p) => ({ id: p.id, title: p.request.title, kind: p.request.kind, sent: t("sentOn", { date: when(p.request.createdAt), name: p.request.createdBy.name }) }))}
        />
        {mine.pendingTotal > mine.pending.length ? <p className="text-sm text-slate-600">{t("pendingCount", { shown: mine.pending.length, count: mine.pendingTotal })}</p> : null}
        <Pagination page={mine.pendingPage} pageCount={mine.pendingPageCount} params={{ done: search.done }} param="pending" />
      </section>
      <section className="space-y-3" aria-labelledby="done-h">
        <h2 id="done-h" className="text-lg font-semibold">{t("done")}</h2>
        {mine.done.length === 0 ? <p className="text-sm text-slate-600">{mine.doneTotal > 0 ? t("pageEmpty") : t("noDone")}</p> : (
          <ul className="space-y-2" data-testid="done-confirmations">
            {mine.done.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <Link href={`/confirmations/${d.id}`} className="break-words font-medium text-brand hover:underline">{d.request.title}</Link>
                <Badge tone={d.state === "CONFIRMED" ? "green" : "red"}>{t("answeredOn", { state: t(`states.${d.state}`), date: d.respondedAt ? when(d.respondedAt) : "" })}</Badge>
                <Link href={`/confirmations/${d.id}/receipt`} className="text-brand hover:underline">{t("receiptPage")}<span className="sr-only">: {d.request.title}</span></Link>
                <a href={`/api/confirmations/${d.id}/receipt`} className="text-brand hover:underline">{t("receiptPdf")}<span className="sr-only">: {d.request.title}</span></a>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={mine.donePage} pageCount={mine.donePageCount} params={{ pending: search.pending }} param="done" />
      </section>
    </div>
  );
}
