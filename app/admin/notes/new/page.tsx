import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/accounts/queries";
import { NoteForm } from "@/components/notes/note-form";
import { pickedPerson } from "@/lib/documents/people";

export async function generateMetadata() {
  return { title: (await getTranslations("notes.admin"))("addTitle") };
}

export default async function NewNotePage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const viewer = await requireStaffPage();
  const [t, organizations] = await Promise.all([getTranslations("notes.admin"), listOrganizations()]);
  const person = await pickedPerson(viewer, (await searchParams).email);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/notes" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("addTitle")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <NoteForm organizations={organizations} initial={{ id: "", title: "", body: "", type: "person", person: person ? [person] : [], organizationId: organizations[0]?.id ?? "", kind: "EMPLOYEE" }} />
      </div>
    </div>
  );
}
