import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listRequestTypes } from "@/lib/request-types/queries";
import { RequestTypeIcon } from "@/components/request-type-icon";
import { CommandButton } from "@/components/admin/request-types/command-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button-class";
import { requireAdminPage } from "./admin-page";

export async function generateMetadata() {
  return { title: (await getTranslations("requestTypes"))("title") };
}

export default async function RequestTypesPage() {
  const viewer = await requireAdminPage();
  const [t, locale, types] = await Promise.all([getTranslations("requestTypes"), getLocale(), listRequestTypes(viewer)]);
  const list = types ?? [];
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/request-types/new" className={buttonClass()}>{t("new")}</Link>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {list.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="request-type-list">
          {list.map((type, index) => {
            const name = locale === "es" ? type.nameEs : type.nameEn;
            return (
              <li key={type.id} className="flex flex-wrap items-center gap-3 p-3">
                <RequestTypeIcon name={type.icon} />
                <div className="min-w-0 flex-1">
                  <Link href={`/admin/request-types/${type.id}`} className="font-medium text-brand hover:underline">{name}</Link>
                  <p className="text-xs text-slate-500">
                    {t("counts", { fields: type._count.fields, tickets: type._count.tickets })}
                  </p>
                </div>
                {type.active ? null : <Badge tone="amber">{t("inactive")}</Badge>}
                <div className="flex items-center gap-1">
                  <CommandButton typeId={type.id} command="up" label={t("moveUp", { name })} pendingLabel="…" disabled={index === 0}>↑</CommandButton>
                  <CommandButton typeId={type.id} command="down" label={t("moveDown", { name })} pendingLabel="…" disabled={index === list.length - 1}>↓</CommandButton>
                  <CommandButton typeId={type.id} command={type.active ? "deactivate" : "activate"} label={type.active ? t("deactivateNamed", { name }) : t("activateNamed", { name })} pendingLabel="…">
                    {type.active ? t("deactivate") : t("activate")}
                  </CommandButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
