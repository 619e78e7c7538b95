import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { isAdmin } from "@/lib/auth/permissions";
import { AnnouncementForm } from "@/components/admin/announcements/announcement-form";

export async function generateMetadata() {
  return { title: (await getTranslations("announcements"))("add") };
}

export default async function NewAnnouncementPage() {
  const viewer = await requireStaffPage();
  if (!isAdmin(viewer)) notFound();
  const t = await getTranslations("announcements");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/announcements" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("add")}</h1>
      <AnnouncementForm initial={{ severity: "INFO", messageEn: "", messageEs: "", startsAt: null, endsAt: null }} />
    </div>
  );
}
