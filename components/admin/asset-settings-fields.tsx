"use client";

import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";
import { TAG_PREFIX_MAX } from "@/lib/assets/limits";

export type AssetSettingsValues = { assetsEnabled: boolean; assetsForEmployees: boolean; assetsForCustomers: boolean; assetTagPrefix: string };

/** The assets module's switches and tag prefix, inside the portal settings form (uncontrolled: the form is not reset). */
export function AssetSettingsFields({ initial, errors }: { initial: AssetSettingsValues; errors?: Record<string, string[]> }) {
  const t = useTranslations("assets.settings");
  const toggle = (name: "assetsEnabled" | "assetsForEmployees" | "assetsForCustomers") => (
    <div className="flex items-start gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={initial[name]} className="mt-1 h-4 w-4" aria-describedby={`${name}-hint`} />
      <div>
        <label htmlFor={name} className="text-sm font-medium text-slate-800">{t(name)}</label>
        <p id={`${name}-hint`} className="text-xs text-slate-500">{t(`${name}Hint`)}</p>
      </div>
    </div>
  );
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("legend")}</legend>
      {toggle("assetsEnabled")}
      {toggle("assetsForEmployees")}
      {toggle("assetsForCustomers")}
      <Field id="assetTagPrefix" label={t("assetTagPrefix")} errors={errors?.assetTagPrefix} hint={t("assetTagPrefixHint")}>
        <Input id="assetTagPrefix" name="assetTagPrefix" defaultValue={initial.assetTagPrefix} maxLength={TAG_PREFIX_MAX} invalid={!!errors?.assetTagPrefix} spellCheck={false} autoComplete="off" />
      </Field>
    </fieldset>
  );
}
