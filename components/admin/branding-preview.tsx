"use client";

import { useSyncExternalStore, type CSSProperties } from "react";
import { useLocale, useTranslations } from "next-intl";
import { BookOpen, LifeBuoy, Menu, Plus } from "lucide-react";
import { darkVariant, MIN_CONTRAST, contrastWithWhite } from "@/lib/settings/limits";

type Values = {
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
  primaryColor: string;
  accentColor: string;
  colorScheme: string;
};

const HEX = /^#[0-9a-fA-F]{6}$/;
const noSubscription = () => () => undefined;

/**
 * The portal's home page as the unsaved settings would show it, at phone and desktop width, in
 * the admin's language. Drawn in the browser only (its colours are set as CSS variables on the
 * element, which a strict content security policy allows from script but not in the HTML).
 */
export function BrandingPreview({ values, logoUrl }: { values: Values; logoUrl: string | null }) {
  const t = useTranslations("branding.preview");
  const locale = useLocale();
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const usable = (hex: string, fallback: string) => (HEX.test(hex) && contrastWithWhite(hex) >= MIN_CONTRAST ? hex.toLowerCase() : fallback);
  const brand = usable(values.primaryColor, "#1d4ed8");
  const accent = usable(values.accentColor, "#0f766e");
  const vars = { "--brand": brand, "--accent": accent, "--brand-dark": darkVariant(brand), "--accent-dark": darkVariant(accent) } as CSSProperties;
  const es = locale === "es";
  const pick = (en: string, spanish: string) => (es && spanish ? spanish : en);
  const banner = pick(values.bannerText, values.bannerTextEs);
  const title = pick(values.welcomeTitleEn, values.welcomeTitleEs) || t("defaultWelcome");
  const text = pick(values.welcomeTextEn, values.welcomeTextEs);
  const scheme = values.colorScheme === "dark" ? "[color-scheme:dark]" : values.colorScheme === "light" ? "[color-scheme:light]" : "";

  const page = (phone: boolean) => (
    <div className={`${scheme} bg-slate-50 text-slate-900`} style={vars}>
      <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        {/* eslint-disable-next-line @next/next/no-img-element -- the chosen file or our own route */}
        {logoUrl ? <img src={logoUrl} alt="" className="h-6 w-auto max-w-20 object-contain" /> : null}
        <span className="truncate text-sm font-semibold text-brand">{values.siteName || "Portico"}</span>
        {phone ? (
          <span className="ml-auto inline-flex items-center gap-1 rounded border border-slate-300 px-2 py-1 text-xs text-slate-800">
            <Menu aria-hidden className="h-3 w-3" /> {t("menu")}
          </span>
        ) : (
          <span className="ml-4 flex gap-3 text-xs text-slate-700">
            <span>{t("tickets")}</span>
            <span>{t("kb")}</span>
          </span>
        )}
      </div>
      {banner ? <div className="bg-brand px-3 py-1 text-center text-xs text-white">{banner}</div> : null}
      <div className="space-y-3 p-3">
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-base font-semibold break-words">{title}</p>
              {text ? <p className="text-xs text-slate-600 whitespace-pre-line">{text}</p> : null}
            </div>
            <span className="inline-flex items-center gap-1 rounded bg-brand px-2 py-1 text-xs font-medium text-white">
              <Plus aria-hidden className="h-3 w-3" /> {t("newTicket")}
            </span>
          </div>
          <div className="flex gap-2">
            <span className="flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-500">{t("search")}</span>
            <span className="rounded bg-brand px-2 py-1 text-xs text-white">{t("searchButton")}</span>
          </div>
        </div>
        <div className={`grid gap-2 ${phone ? "" : "grid-cols-2"}`}>
          {[
            { icon: LifeBuoy, label: t("tickets"), line: t("ticketsLine") },
            { icon: BookOpen, label: t("kb"), line: t("kbLine") },
          ].map(({ icon: Icon, label, line }) => (
            <div key={label} className="flex items-start gap-2 rounded-lg border border-slate-200 bg-white p-2">
              <span className="flex h-7 w-7 items-center justify-center rounded bg-accent text-white">
                <Icon aria-hidden className="h-4 w-4" />
              </span>
              <span className="text-xs">
                <span className="block font-semibold">{label}</span>
                <span className="text-slate-600">{line}</span>
              </span>
            </div>
          ))}
        </div>
        <p className="text-xs text-brand underline">{values.supportEmail || values.supportPhone || (values.privacyUrl ? t("privacy") : "")}</p>
      </div>
    </div>
  );

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="branding-preview">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-xs text-slate-600">{t("intro")}</p>
      {mounted ? (
        <div className="flex flex-wrap items-start gap-4" aria-hidden>
          <figure className="space-y-1">
            <figcaption className="text-xs font-medium text-slate-600">{t("phone")}</figcaption>
            {/* A 375 px page drawn at half size. */}
            <div className="h-[300px] w-[188px] overflow-hidden rounded-lg border border-slate-300">
              <div className="w-[375px] origin-top-left scale-50" data-testid="preview-phone">{page(true)}</div>
            </div>
          </figure>
          <figure className="space-y-1">
            <figcaption className="text-xs font-medium text-slate-600">{t("desktop")}</figcaption>
            {/* A 1024 px page drawn at 3/8 size. */}
            <div className="h-[210px] w-[384px] max-w-full overflow-hidden rounded-lg border border-slate-300">
              <div className="w-[1024px] origin-top-left scale-[0.375]" data-testid="preview-desktop">{page(false)}</div>
            </div>
          </figure>
        </div>
      ) : null}
    </section>
  );
}
