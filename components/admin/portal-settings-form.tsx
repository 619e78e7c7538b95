"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { updatePortalSettingsAction } from "@/lib/settings/actions";
import { AUTO_CLOSE_MAX_DAYS, BRANDING_DEFAULTS, CHAT_EMAIL_DELAY_MAX_MINUTES, COLOR_SCHEMES, FAVICON_MAX_BYTES, LOGO_MAX_BYTES, MIN_CONTRAST, contrastWithWhite } from "@/lib/settings/limits";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { AssetSettingsFields, type AssetSettingsValues } from "./asset-settings-fields";
import { BrandingPreview } from "@/components/admin/branding-preview";
import { ResetBrandingButton } from "@/components/admin/reset-branding";

export type PortalSettingsValues = {
  siteName: string;
  bannerText: string;
  bannerTextEs: string;
  welcomeTitleEn: string;
  welcomeTitleEs: string;
  welcomeTextEn: string;
  welcomeTextEs: string;
  supportPhone: string;
  supportEmail: string;
  privacyUrl: string;
  colorScheme: string;
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
export function PortalSettingsForm({ initial, logoUrl, faviconUrl, assets, timeZones }: { initial: PortalSettingsValues; logoUrl: string | null; faviconUrl: string | null; assets: AssetSettingsValues; timeZones: string[] }) {
  const t = useTranslations("portalSettings");
  const tz = useTranslations("timeZones");
  const tb = useTranslations("branding");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(updatePortalSettingsAction);
  const [values, setValues] = useState(initial);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [faviconError, setFaviconError] = useState<string | null>(null);
  const [logoPreview, setLogoPreview] = useState<string | null>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof PortalSettingsValues) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.type === "checkbox" ? (e.target as HTMLInputElement).checked : e.target.value }));

  const text = (name: keyof PortalSettingsValues, label: string, options: { max: number; rows?: number; hint?: string; type?: string }) => {
    const value = String(values[name]);
    return (
      <Field id={name} label={label} errors={errors?.[name]} hint={options.hint}>
        {options.rows ? (
          <Textarea id={name} rows={options.rows} value={value} onChange={set(name)} maxLength={options.max} invalid={!!errors?.[name]} />
        ) : (
          <Input id={name} type={options.type ?? "text"} value={value} onChange={set(name)} maxLength={options.max} invalid={!!errors?.[name]} />
        )}
      </Field>
    );
  };

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
      setLogoPreview(null);
    } else {
      setLogoError(null);
      setLogoPreview(file ? URL.createObjectURL(file) : null);
    }
  };
  const onFavicon = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file && file.size > FAVICON_MAX_BYTES) {
      setFaviconError(t("errors.faviconTooLarge"));
      e.target.value = "";
    } else setFaviconError(null);
  };

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
    <form onSubmit={onSubmit} className="min-w-0 space-y-6" noValidate encType="multipart/form-data">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("saved") : state.message}</Alert> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("branding")}</legend>
        <Field id="siteName" label={t("siteName")} errors={errors?.siteName}>
          <Input id="siteName" value={values.siteName} onChange={set("siteName")} maxLength={80} required invalid={!!errors?.siteName} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="bannerText" label={t("bannerText")} errors={errors?.bannerText} hint={t("bannerHint")}>
            <Textarea id="bannerText" rows={2} value={values.bannerText} onChange={set("bannerText")} maxLength={300} invalid={!!errors?.bannerText} />
          </Field>
          {text("bannerTextEs", tb("bannerTextEs"), { max: 300, rows: 2, hint: tb("spanishHint") })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {colour("primaryColor")}
          {colour("accentColor")}
        </div>
        <Field id="colorScheme" label={tb("colorScheme")} errors={errors?.colorScheme} hint={tb("colorSchemeHint")}>
          <Select id="colorScheme" value={values.colorScheme} onChange={set("colorScheme")}>
            {COLOR_SCHEMES.map((c) => (
              <option key={c} value={c}>{tb(`colorSchemes.${c}`)}</option>
            ))}
          </Select>
        </Field>
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
        <Field id="favicon" label={tb("favicon")} errors={faviconError ? [faviconError] : errors?.favicon} hint={tb("faviconHint")}>
          <input
            id="favicon"
            name="favicon"
            type="file"
            accept="image/png,image/x-icon,image/vnd.microsoft.icon,.ico"
            onChange={onFavicon}
            aria-describedby={faviconError || errors?.favicon ? "favicon-error" : "favicon-hint"}
            className="block w-full text-sm"
          />
        </Field>
        {faviconUrl ? (
          <div className="flex flex-wrap items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route */}
            <img src={faviconUrl} alt={tb("currentFavicon")} className="h-8 w-8 rounded border border-slate-200 bg-white p-1" />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeFavicon" className="h-4 w-4" />
              {tb("removeFavicon")}
            </label>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{tb("homeTitle")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("welcomeTitleEn", tb("welcomeTitleEn"), { max: 120, hint: tb("welcomeTitleHint") })}
          {text("welcomeTitleEs", tb("welcomeTitleEs"), { max: 120, hint: tb("spanishHint") })}
          {text("welcomeTextEn", tb("welcomeTextEn"), { max: 600, rows: 3 })}
          {text("welcomeTextEs", tb("welcomeTextEs"), { max: 600, rows: 3, hint: tb("spanishHint") })}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{tb("footerTitle")}</legend>
        <p className="text-sm text-slate-600">{tb("footerIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("supportPhone", tb("supportPhone"), { max: 40, type: "tel" })}
          {text("supportEmail", tb("supportEmail"), { max: 200, type: "email" })}
        </div>
        {text("privacyUrl", tb("privacyUrl"), { max: 500, type: "url", hint: tb("privacyUrlHint") })}
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
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
    <aside className="min-w-0 space-y-4 xl:sticky xl:top-4" aria-label={tb("previewTitle")}>
      <BrandingPreview values={values} logoUrl={logoPreview ?? logoUrl} />
      <ResetBrandingButton
        onDone={() => {
          setValues((v) => ({ ...v, ...BRANDING_DEFAULTS }));
          setLogoPreview(null);
        }}
      />
    </aside>
    </div>
  );
}
