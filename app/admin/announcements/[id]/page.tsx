import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getAnnouncement } from "@/lib/announcements/queries";
import { AnnouncementForm } from "@/components/admin/announcements/announcement-form";

export async function generateMetadata() {
  return { title: (await getTranslations("announcements"))("edit") };
}

export default async function EditAnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const { id } = await params;
  const announcement = await getAnnouncement(viewer, id);
  if (!announcement) notFound();
  const t = await getTranslations("announcements");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/announcements" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("edit")}</h1>
      <AnnouncementForm
        id={announcement.id}
        initial={{ ...announcement, startsAt: announcement.startsAt.toISOString(), endsAt: announcement.endsAt.toISOString() }}
      />
    </div>
  );
}
