import { getTranslations } from "next-intl/server";
import { AlertTriangle, Info, OctagonAlert } from "lucide-react";
import type { PortalAnnouncement } from "@/lib/announcements/queries";
import { DismissAnnouncement } from "./dismiss-announcement";

const look = {
  INFO: { box: "border-blue-100 bg-blue-50 text-blue-800", icon: Info },
  WARNING: { box: "border-amber-300 bg-amber-50 text-amber-800", icon: AlertTriangle },
  OUTAGE: { box: "border-red-300 bg-red-50 text-red-800", icon: OctagonAlert },
} as const;

/** Running announcements, each with its severity and a "Close" that the person's account remembers. */
export async function AnnouncementList({ items, label }: { items: PortalAnnouncement[]; label: string }) {
  if (items.length === 0) return null;
  const t = await getTranslations("look.announcements");
  return (
    <section aria-label={label} className="space-y-2" data-print="hide">
      {items.map((a) => {
        const { box, icon: Icon } = look[a.severity];
        return (
          <div key={a.id} className={`flex items-start gap-3 rounded-md border px-3 py-2 text-sm ${box}`} data-testid="announcement" data-severity={a.severity}>
            <Icon aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
            <p className="min-w-0 flex-1 break-words">
              <span className="font-semibold">{t(`severity.${a.severity}`)}: </span>
              {a.message}
            </p>
            <DismissAnnouncement id={a.id} label={t("dismiss")} pendingLabel={t("dismissing")} />
          </div>
        );
      })}
    </section>
  );
}
