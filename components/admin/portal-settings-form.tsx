"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { updatePortalSettingsAction } from "@/lib/settings/actions";
import { AUTO_CLOSE_MAX_DAYS, CHAT_EMAIL_DELAY_MAX_MINUTES, LOGO_MAX_BYTES, MIN_CONTRAST, contrastWithWhite } from "@/lib/settings/limits";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { AssetSettingsFields, type AssetSettingsValues } from "./asset-settings-fields";

export type PortalSettingsValues = {
  siteName: string;
  bannerText: string;
  primaryColor: string;
  accentColor: string;
  kbEnabled: boolean;
  publicKbEnabled: boolean;
  requireNewPassword: boolean;
  autoCloseDays: string;
  documentsEnabled: boolean;
  notesEnabled: boolean;
  confirmationsEnabled: boolean;
  confirmationReminderDays: string;
  confirmationReminderMax: string;
  chatEnabled: boolean;
  chatEmailDelayMinutes: string;
  defaultTimeZone: string;
};

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Branding, modules and rules of the portal. Controlled, so a refused save loses nothing. */
export function PortalSettingsForm({ initial, logoUrl, assets, timeZones }: { initial: PortalSettingsValues; logoUrl: string | null; assets: AssetSettingsValues; timeZones: string[] }) {
  const t = useTranslations("portalSettings");
  const tz = useTranslations("timeZones");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(updatePortalSettingsAction);
  const [values, setValues] = useState(initial);
  const [logoError, setLogoError] = useState<string | null>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof PortalSettingsValues) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.type === "checkbox" ? (e.target as HTMLInputElement).checked : e.target.value }));

  const colour = (name: "primaryColor" | "accentColor") => {
    const value = values[name];
    const readable = HEX.test(value) ? contrastWithWhite(value) >= MIN_CONTRAST : true;
    const serverErrors = errors?.[name];
    const hint = !readable ? t(name === "primaryColor" ? "primaryLowContrast" : "accentLowContrast") : t("colourHint");
    return (
      <Field id={name} label={t(name)} errors={serverErrors} hint={hint}>
        <div className="flex items-center gap-2">
          <input
            type="color"
            aria-label={t("colourPicker", { name: t(name) })}
            value={HEX.test(value) ? value.toLowerCase() : "#000000"}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            className="h-9 w-12 shrink-0 rounded border border-slate-300 bg-white"
          />
          <Input id={name} value={value} onChange={set(name)} maxLength={7} invalid={!!serverErrors} spellCheck={false} autoComplete="off" />
          <span className="shrink-0 rounded px-2 py-1 text-xs font-medium text-white" style={{ background: HEX.test(value) ? value : undefined }} aria-hidden>
            Aa
          </span>
        </div>
      </Field>
    );
  };

  const toggle = (name: "kbEnabled" | "publicKbEnabled" | "requireNewPassword" | "documentsEnabled" | "notesEnabled" | "confirmationsEnabled" | "chatEnabled") => (
    <div className="flex items-start gap-2">
      <input id={name} name={name} type="checkbox" checked={values[name]} onChange={set(name)} className="mt-1 h-4 w-4" aria-describedby={`${name}-hint`} />
      <div>
        <label htmlFor={name} className="text-sm font-medium text-slate-800">{t(name)}</label>
        <p id={`${name}-hint`} className="text-xs text-slate-500">{t(`${name}Hint`)}</p>
      </div>
    </div>
  );

  const onLogo = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file && file.size > LOGO_MAX_BYTES) {
      setLogoError(t("errors.logoTooLarge"));
      e.target.value = "";
    } else setLogoError(null);
  };

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate encType="multipart/form-data">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("saved") : state.message}</Alert> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("branding")}</legend>
        <Field id="siteName" label={t("siteName")} errors={errors?.siteName}>
          <Input id="siteName" value={values.siteName} onChange={set("siteName")} maxLength={80} required invalid={!!errors?.siteName} />
        </Field>
        <Field id="bannerText" label={t("bannerText")} errors={errors?.bannerText} hint={t("bannerHint")}>
          <Textarea id="bannerText" rows={2} value={values.bannerText} onChange={set("bannerText")} maxLength={300} invalid={!!errors?.bannerText} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          {colour("primaryColor")}
          {colour("accentColor")}
        </div>
        <Field id="logo" label={t("logo")} errors={logoError ? [logoError] : errors?.logo} hint={t("logoHint")}>
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={onLogo}
            aria-describedby={logoError || errors?.logo ? "logo-error" : "logo-hint"}
            className="block w-full text-sm"
          />
        </Field>
        {logoUrl ? (
          <div className="flex flex-wrap items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, any size */}
            <img src={logoUrl} alt={t("currentLogo")} className="h-10 w-auto rounded border border-slate-200 bg-white p-1" />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeLogo" className="h-4 w-4" />
              {t("removeLogo")}
            </label>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("modules")}</legend>
        {toggle("kbEnabled")}
        {toggle("publicKbEnabled")}
        {toggle("documentsEnabled")}
        {toggle("notesEnabled")}
        {toggle("confirmationsEnabled")}
        <div className="grid gap-4 sm:grid-cols-2">
          {(["confirmationReminderDays", "confirmationReminderMax"] as const).map((name) => (
            <Field key={name} id={name} label={t(name)} errors={errors?.[name]} hint={t(`${name}Hint`)}>
              <Input id={name} type="number" inputMode="numeric" min={0} max={name === "confirmationReminderDays" ? 90 : 20} value={values[name]} onChange={set(name)} invalid={!!errors?.[name]} />
            </Field>
          ))}
        </div>
        {toggle("chatEnabled")}
        <Field id="chatEmailDelayMinutes" label={t("chatEmailDelayMinutes")} errors={errors?.chatEmailDelayMinutes} hint={t("chatEmailDelayHint")}>
          <Input
            id="chatEmailDelayMinutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={CHAT_EMAIL_DELAY_MAX_MINUTES}
            value={values.chatEmailDelayMinutes}
            onChange={set("chatEmailDelayMinutes")}
            invalid={!!errors?.chatEmailDelayMinutes}
          />
        </Field>
      </fieldset>
      <AssetSettingsFields initial={assets} errors={errors} />
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("rules")}</legend>
        {toggle("requireNewPassword")}
        <Field id="autoCloseDays" label={t("autoCloseDays")} errors={errors?.autoCloseDays} hint={t("autoCloseHint")}>
          <Input
            id="autoCloseDays"
            type="number"
            inputMode="numeric"
            min={0}
            max={AUTO_CLOSE_MAX_DAYS}
            value={values.autoCloseDays}
            onChange={set("autoCloseDays")}
            invalid={!!errors?.autoCloseDays}
          />
        </Field>
        <Field id="defaultTimeZone" label={tz("defaultLabel")} errors={errors?.defaultTimeZone} hint={tz("defaultHint")}>
          <Select id="defaultTimeZone" value={values.defaultTimeZone} onChange={(e) => setValues((v) => ({ ...v, defaultTimeZone: e.target.value }))} invalid={!!errors?.defaultTimeZone}>
            {timeZones.map((z) => <option key={z} value={z}>{z.replaceAll("_", " ")}</option>)}
          </Select>
        </Field>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
