import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getNoteForStaff } from "@/lib/notes/queries";
import { listOrganizations } from "@/lib/accounts/queries";
import { renderArticleHtml } from "@/lib/kb/markdown";
import { ArticleBody } from "@/components/kb/article-body";
import { Badge } from "@/components/ui/badge";
import { DeleteNoteButton, NoteForm } from "@/components/notes/note-form";

export async function generateMetadata() {
  return { title: (await getTranslations("notes"))("admin.editTitle") };
}

export default async function AdminNotePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireStaffPage();
  const [note, t, format, organizations] = await Promise.all([getNoteForStaff(viewer, (await params).id), getTranslations("notes.admin"), getFormatter(), listOrganizations()]);
  if (!note) notFound();
  const saved = !!(await searchParams).saved;
  return (
    <div className="space-y-4">
      <Link href="/admin/notes" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="break-words text-2xl font-semibold">{t("editTitle")}</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <NoteForm
            key={note.updatedAt.toISOString()}
            saved={saved}
            organizations={organizations}
            initial={{
              id: note.id, title: note.title, body: note.body,
              type: note.user ? "person" : note.personKind ? "kind" : "organization",
              person: note.user ? [{ email: note.user.email, name: note.user.name }] : [],
              organizationId: note.organization?.id ?? "",
              kind: note.personKind ?? "EMPLOYEE",
            }}
          />
          <DeleteNoteButton id={note.id} />
        </div>
        <div className="space-y-4">
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="readers-h">
            <h2 id="readers-h" className="text-lg font-semibold">{t("readers")}</h2>
            <ul className="space-y-1 text-sm" data-testid="note-readers">
              {note.readers.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <span className="break-all">{r.name} &lt;{r.email}&gt;</span>
                  {r.current ? <Badge tone="green">{t("read", { date: format.dateTime(r.readAt!, { dateStyle: "medium", timeStyle: "short" }) })}</Badge>
                    : r.readAt ? <Badge tone="amber">{t("readOld", { date: format.dateTime(r.readAt, { dateStyle: "medium" }) })}</Badge>
                    : <Badge>{t("unread")}</Badge>}
                </li>
              ))}
            </ul>
          </section>
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="preview-h">
            <h2 id="preview-h" className="text-lg font-semibold">{t("preview")}</h2>
            <ArticleBody html={renderArticleHtml(note.body)} />
          </section>
        </div>
      </div>
    </div>
  );
}
