import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getKbReport } from "@/lib/kb/report";
import { KbSubnav } from "@/components/admin/kb/kb-subnav";

export async function generateMetadata() {
  return { title: (await getTranslations("kb.admin"))("reportTitle") };
}

const card = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

export default async function KbReportPage() {
  await requireStaffPage();
  const [t, format, report] = await Promise.all([getTranslations("kb.admin"), getFormatter(), getKbReport()]);
  const nothing = <p className="text-sm text-slate-500">{t("nothingYet")}</p>;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("reportTitle")}</h1>
      <KbSubnav />
      <p className="text-sm text-slate-600">{t("reportPeriod", { days: report.days })}</p>

      <section className={card} aria-labelledby="deflections" data-testid="kb-report-deflections">
        <h2 id="deflections" className="text-lg font-semibold">{t("deflections")}</h2>
        <p className="text-sm text-slate-600">{t("deflectionRule")}</p>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="rounded-md bg-green-50 p-3"><dt className="text-sm text-slate-600">{t("deflected")}</dt><dd className="text-2xl font-semibold" data-testid="deflected-count">{report.deflection.deflected}</dd></div>
          <div className="rounded-md bg-slate-50 p-3"><dt className="text-sm text-slate-600">{t("filedAnyway")}</dt><dd className="text-2xl font-semibold" data-testid="filed-count">{report.deflection.filed}</dd></div>
          <div className="rounded-md bg-slate-50 p-3"><dt className="text-sm text-slate-600">{t("pending")}</dt><dd className="text-2xl font-semibold" data-testid="pending-count">{report.deflection.pending}</dd></div>
        </dl>
        <h3 className="font-medium">{t("topDeflecting")}</h3>
        {report.deflection.topArticles.length ? (
          <ul className="space-y-1 text-sm">
            {report.deflection.topArticles.map((a) => (
              <li key={a.id}><Link href={`/admin/kb/${a.id}`} className="text-brand hover:underline">{a.title}</Link> — {t("deflectedCount", { count: a.deflected })}</li>
            ))}
          </ul>
        ) : nothing}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className={card} aria-labelledby="most-viewed">
          <h2 id="most-viewed" className="text-lg font-semibold">{t("mostViewed")}</h2>
          {report.mostViewed.length ? (
            <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="kb-report-most-viewed">
              {report.mostViewed.map((a) => (
                <li key={a.id}><Link href={`/admin/kb/${a.id}`} className="text-brand hover:underline">{a.title}</Link> <span className="text-slate-500">({t("views", { count: a.viewCount })})</span></li>
              ))}
            </ol>
          ) : nothing}
        </section>

        <section className={card} aria-labelledby="failed-searches">
          <h2 id="failed-searches" className="text-lg font-semibold">{t("failedSearches")}</h2>
          {report.failedSearches.length ? (
            <table className="min-w-full text-sm" data-testid="kb-report-failed-searches">
              <thead className="text-left text-slate-600">
                <tr><th className="py-1 pr-3">{t("colQuery")}</th><th className="py-1 pr-3">{t("colCount")}</th><th className="py-1">{t("colLast")}</th></tr>
              </thead>
              <tbody>
                {report.failedSearches.map((f) => (
                  <tr key={f.query}>
                    <td className="break-all py-1 pr-3">{f.query}</td>
                    <td className="py-1 pr-3">{t("searchCount", { count: f.count })}</td>
                    <td className="py-1 text-slate-500">{f.lastAt ? format.relativeTime(f.lastAt) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : nothing}
        </section>
      </div>

      <section className={card} aria-labelledby="least-helpful">
        <h2 id="least-helpful" className="text-lg font-semibold">{t("leastHelpful")}</h2>
        {report.leastHelpful.length ? (
          <ul className="space-y-3 text-sm" data-testid="kb-report-least-helpful">
            {report.leastHelpful.map((a) => (
              <li key={a.id} className="space-y-1">
                <p><Link href={`/admin/kb/${a.id}`} className="font-medium text-brand hover:underline">{a.title}</Link> <span className="text-slate-500">({t("helpfulVotes", { yes: a.yes, no: a.no })})</span></p>
                {a.feedback.length ? (
                  <ul className="list-disc space-y-1 pl-5 text-slate-700">
                    {a.feedback.map((f) => <li key={f.id} className="break-words">{f.comment}</li>)}
                  </ul>
                ) : <p className="text-slate-500">{t("noComments")}</p>}
              </li>
            ))}
          </ul>
        ) : nothing}
      </section>
    </div>
  );
}
