import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getRequestType } from "@/lib/request-types/queries";
import { optionLines } from "@/lib/request-types/schema";
import { RequestTypeIcon } from "@/components/request-type-icon";
import { RequestTypeForm } from "@/components/admin/request-types/type-form";
import { RequestTypeFieldForm } from "@/components/admin/request-types/field-form";
import { CommandButton } from "@/components/admin/request-types/command-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requireAdminPage } from "../admin-page";

export async function generateMetadata() {
  return { title: (await getTranslations("requestTypes"))("title") };
}

/** One request type: its names and icon, then its extra fields (edit, order, deactivate, add). */
export default async function RequestTypePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requireAdminPage();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const type = await getRequestType(viewer, id);
  if (!type) notFound();
  const [t, locale] = await Promise.all([getTranslations("requestTypes"), getLocale()]);
  const name = locale === "es" ? type.nameEs : type.nameEn;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link href="/admin/request-types" className="text-sm text-brand hover:underline">← {t("title")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <RequestTypeIcon name={type.icon} className="h-8 w-8" />
        <h1 className="text-2xl font-semibold">{name}</h1>
        {type.active ? null : <Badge tone="amber">{t("inactive")}</Badge>}
        <div className="ml-auto">
          <CommandButton typeId={type.id} command={type.active ? "deactivate" : "activate"} label={type.active ? t("deactivateNamed", { name }) : t("activateNamed", { name })} pendingLabel="…">
            {type.active ? t("deactivate") : t("activate")}
          </CommandButton>
        </div>
      </div>
      {search.created === "1" ? <Alert tone="success">{t("created")}</Alert> : null}
      <p className="text-sm text-slate-600">{t("inUse", { tickets: type._count.tickets })}</p>
      <RequestTypeForm
        id={type.id}
        initial={{ slug: type.slug, nameEn: type.nameEn, nameEs: type.nameEs, descriptionEn: type.descriptionEn, descriptionEs: type.descriptionEs, icon: type.icon }}
      />
      <section className="space-y-3" aria-labelledby="fields-title">
        <h2 id="fields-title" className="text-lg font-semibold">{t("fields.title")}</h2>
        <p className="text-sm text-slate-600">{t("fields.intro")}</p>
        {type.fields.length === 0 ? <p className="text-sm text-slate-600">{t("fields.empty")}</p> : null}
        <ul className="space-y-3" data-testid="request-type-fields-admin">
          {type.fields.map((field, index) => {
            const label = locale === "es" ? field.labelEs : field.labelEn;
            return (
              <li key={field.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{label}</span>
                  <Badge>{t(`fieldTypes.${field.type}`)}</Badge>
                  {field.required ? <Badge tone="blue">{t("fields.requiredBadge")}</Badge> : null}
                  {field.active ? null : <Badge tone="amber">{t("inactive")}</Badge>}
                  <div className="ml-auto flex items-center gap-1">
                    <CommandButton typeId={type.id} fieldId={field.id} command="up" label={t("moveUp", { name: label })} pendingLabel="…" disabled={index === 0}>↑</CommandButton>
                    <CommandButton typeId={type.id} fieldId={field.id} command="down" label={t("moveDown", { name: label })} pendingLabel="…" disabled={index === type.fields.length - 1}>↓</CommandButton>
                    <CommandButton typeId={type.id} fieldId={field.id} command={field.active ? "deactivate" : "activate"} label={field.active ? t("deactivateNamed", { name: label }) : t("activateNamed", { name: label })} pendingLabel="…">
                      {field.active ? t("deactivate") : t("activate")}
                    </CommandButton>
                  </div>
                </div>
                <details>
                  <summary className="cursor-pointer text-sm text-brand">{t("fields.edit")}</summary>
                  <div className="pt-3">
                    <RequestTypeFieldForm
                      typeId={type.id}
                      fieldId={field.id}
                      initial={{ labelEn: field.labelEn, labelEs: field.labelEs, type: field.type, required: field.required, options: optionLines(field.options) }}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-medium">{t("fields.add")}</h3>
          <RequestTypeFieldForm typeId={type.id} />
        </div>
      </section>
    </div>
  );
}
