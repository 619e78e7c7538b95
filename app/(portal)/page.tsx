import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { requireViewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { brandingTexts, getPortalSettings } from "@/lib/settings/queries";
import { runningAnnouncements } from "@/lib/announcements/queries";
import { homeTilesFor } from "@/lib/portal/home";
import { buttonClass } from "@/components/ui/button-class";
import { SearchBox } from "@/components/kb/search-box";
import { AnnouncementList } from "@/components/portal/announcement-list";
import { HomeTiles } from "@/components/portal/home-tiles";

export async function generateMetadata() {
  return { title: (await getTranslations("look.home"))("title") };
}

/** The portal's front door: welcome, knowledge-base search, announcements, a tile per area. */
export default async function PortalHome() {
  const viewer = await requireViewer();
  if (isStaff(viewer)) redirect("/admin");
  const [t, tp, tk, settings, locale] = await Promise.all([
    getTranslations("look.home"),
    getTranslations("portal"),
    getTranslations("kb"),
    getPortalSettings(),
    getLocale(),
  ]);
  const [tiles, announcements] = await Promise.all([homeTilesFor(viewer), runningAnnouncements(viewer.id, locale)]);
  const texts = brandingTexts(settings, locale);
  return (
    <div className="space-y-6">
      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby="welcome-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h1 id="welcome-title" className="text-2xl font-semibold break-words">{texts.welcomeTitle || tp("welcome", { name: viewer.name })}</h1>
            {texts.welcomeText ? <p className="max-w-prose text-slate-600 whitespace-pre-line">{texts.welcomeText}</p> : null}
          </div>
          <Link href="/tickets/new" className={buttonClass()}>
            <Plus aria-hidden className="h-4 w-4" />
            {tp("nav.newTicket")}
          </Link>
        </div>
        {settings.kbEnabled ? (
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-700" id="home-search-label">{t("searchTitle")}</p>
            <SearchBox label={tk("searchLabel")} placeholder={tk("searchPlaceholder")} button={tk("searchButton")} />
          </div>
        ) : null}
      </section>
      {/* Outages are on every page already (the layout); here the rest. */}
      <AnnouncementList items={announcements.filter((a) => a.severity !== "OUTAGE")} label={t("announcementsLabel")} />
      <HomeTiles tiles={tiles} label={t("tilesLabel")} />
    </div>
  );
}
