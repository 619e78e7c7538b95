import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getDocumentForStaff } from "@/lib/documents/queries";
import { listOrganizations } from "@/lib/accounts/queries";
import { DOCUMENT_MAX_MB } from "@/lib/documents/schema";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { formatSize } from "@/components/tickets/format-size";
import { DocumentUploadForm } from "@/components/documents/upload-form";
import { AssignForm, DeleteDocumentButton, DocumentDetailsForm, UnassignButton } from "@/components/documents/admin-forms";
import { isAdmin } from "@/lib/auth/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("documents"))("admin.title") };
}

export default async function AdminDocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requireStaffPage();
  const [doc, t, format, organizations] = await Promise.all([getDocumentForStaff(viewer, (await params).id), getTranslations("documents.admin"), getFormatter(), listOrganizations()]);
  if (!doc) notFound();
  const created = (await searchParams).created;
  const targetName = (a: (typeof doc.assignments)[number]) => (a.user ? `${a.user.name} <${a.user.email}>` : a.organization ? a.organization.name : t(`kinds.${a.personKind ?? "CUSTOMER"}`));
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="space-y-4">
      <Link href="/admin/documents" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="break-words text-2xl font-semibold">{doc.title}</h1>
      {created ? <Alert tone="success">{t("created")}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <section className={section} aria-labelledby="versions-h">
          <h2 id="versions-h" className="text-lg font-semibold">{t("versions")}</h2>
          <ol className="space-y-2" data-testid="versions">
            {doc.versions.map((v, i) => (
              <li key={v.id} className="rounded border border-slate-100 p-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <a href={`/api/documents/versions/${v.id}`} className="font-medium text-brand hover:underline">{t("versionLabel", { number: v.number })} · {v.fileName}</a>
                  {i === 0 ? <Badge tone="green">{t("current")}</Badge> : null}
                </div>
                <p className="text-slate-600">{formatSize(v.size)} · {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("uploadedBy", { name: v.uploadedBy.name })}</p>
                <p className="break-all font-mono text-xs text-slate-500">{t("sha256")}: {v.sha256}</p>
              </li>
            ))}
          </ol>
          <h3 className="pt-2 font-medium">{t("newVersion")}</h3>
          <p className="text-xs text-slate-500">{t("newVersionHint")}</p>
          <DocumentUploadForm documentId={doc.id} maxMb={DOCUMENT_MAX_MB} />
        </section>
        <div className="space-y-4">
          <section className={section} aria-labelledby="details-h">
            <h2 id="details-h" className="text-lg font-semibold">{t("details")}</h2>
            <DocumentDetailsForm documentId={doc.id} initial={{ title: doc.title, description: doc.description, category: doc.category }} />
          </section>
          <section className={section} aria-labelledby="assign-h">
            <h2 id="assign-h" className="text-lg font-semibold">{t("assignments")}</h2>
            {doc.assignments.length === 0 ? <p className="text-sm text-slate-600">{t("noAssignments")}</p> : (
              <ul className="space-y-2" data-testid="assignments">
                {doc.assignments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span className="break-all">{targetName(a)}</span>
                    <UnassignButton documentId={doc.id} assignmentId={a.id} target={targetName(a)} />
                  </li>
                ))}
              </ul>
            )}
            <AssignForm documentId={doc.id} organizations={organizations} />
          </section>
          {isAdmin(viewer) ? (
            <section className={section} aria-labelledby="delete-h">
              <h2 id="delete-h" className="text-lg font-semibold">{t("deleteTitle")}</h2>
              <DeleteDocumentButton documentId={doc.id} title={doc.title} />
            </section>
          ) : null}
          <section className={section} aria-labelledby="readers-h">
            <h2 id="readers-h" className="text-lg font-semibold">{t("readers")}</h2>
            {doc.reads.length === 0 ? <p className="text-sm text-slate-600">{t("noReaders")}</p> : (
              <ul className="space-y-1 text-sm">
                {doc.reads.map((r) => (
                  <li key={r.user.email}>{r.user.name} — {t("openedVersion", { number: r.versionNumber, date: format.dateTime(r.openedAt, { dateStyle: "medium", timeStyle: "short" }) })}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
