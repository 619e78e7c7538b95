import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locales";

/** The reminder for a pending confirmation, in the recipient's language (plain text and escaped HTML). */
export function renderReminderEmail(locale: Locale, v: { name: string; siteName: string; title: string; sentOn: Date; url: string }) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "confirmations.email" });
  const url = new URL(v.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("email link must be http(s)");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(v.sentOn);
  const subject = t("subject", { title: v.title });
  const lines = [t("greeting", { name: v.name }), t("intro", { title: v.title, date }), t("action"), url.toString(), t("signature", { siteName: v.siteName })];
  const text = `${lines.join("\n\n")}\n`;
  const html =
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:0;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px">\n` +
    `<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff">\n` +
    `<p style="margin:0 0 24px;font-size:18px;font-weight:600">${escapeHtml(v.siteName)}</p>\n` +
    `<p style="margin:0 0 16px">${escapeHtml(lines[0])}</p>\n<p style="margin:0 0 16px">${escapeHtml(lines[1])}</p>\n` +
    `<p style="margin:0 0 16px"><a href="${escapeHtml(url.toString())}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(lines[2])}</a></p>\n` +
    `<p style="margin:0 0 16px;font-size:12px;color:#64748b">${escapeHtml(url.toString())}</p>\n<p style="margin:0 0 16px">${escapeHtml(lines[4])}</p>\n</div>\n</body></html>\n`;
  return { subject, text, html };
}
