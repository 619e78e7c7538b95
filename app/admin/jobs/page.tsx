import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listJobFailures } from "@/lib/jobs/queries";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { RetryJobButton } from "./retry-job-button";

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("title") };
}

/** Background jobs that failed their last attempt. Admins only: agents get a 404 like customers. */
export default async function JobFailuresPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireStaffPage();
  const failures = await listJobFailures(viewer, (await searchParams).page);
  if (!failures) notFound();
  const [t, format] = await Promise.all([getTranslations("jobs"), getFormatter()]);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: failures.total })}</p>
      {failures.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          testId="job-failures"
          columns={[t("job"), t("error"), t("attempts"), t("failedAt"), t("payload"), <span key="retry" className="sr-only">{t("retry")}</span>]}
        >
          {failures.items.map((failure) => (
            <DataRow key={failure.id} className="align-top">
              <td className="px-3 py-2 font-medium">{failure.name}</td>
              <td className="max-w-xs break-words px-3 py-2 text-slate-700">{failure.error}</td>
              <td className="px-3 py-2 text-slate-600">{failure.attempts}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-500">{format.dateTime(failure.failedAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td className="max-w-xs px-3 py-2"><code className="break-all text-xs text-slate-600">{failure.payload}</code></td>
              <td className={cellClass}><RetryJobButton id={failure.id} /></td>
            </DataRow>
          ))}
        </DataTable>
      )}
      <Pagination page={failures.page} pageCount={failures.pageCount} params={{}} />
    </div>
  );
}
