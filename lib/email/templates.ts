// use-intl/core (the core of next-intl, without React) also loads in scripts run outside Next.
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// Transactional emails in the recipient's language. The words come from the `email` namespace
// of the catalogues; this file only lays them out, as plain text and as escaped HTML.

type TemplateVars = {
  passwordInitialized: { name: string; email: string; password: string; loginUrl: string; siteName: string };
  passwordReset: { name: string; resetUrl: string; siteName: string; minutes: number };
  ticketReply: { name: string; siteName: string; ticketId: number; subject: string; agentName: string; reply: string; ticketUrl: string };
  ticketStatus: { name: string; siteName: string; ticketId: number; subject: string; status: string; ticketUrl: string };
  ticketOpenedOnBehalf: { name: string; siteName: string; ticketId: number; subject: string; agentName: string; ticketUrl: string };
  chatUnread: { name: string; siteName: string; agentName: string; messages: string; chatUrl: string };
  ticketFiled: { name: string; siteName: string; ticketId: number; subject: string; ticketUrl: string };
  agentNotice: { name: string; siteName: string; event: AgentEmailEvent; ticketId: number; subject: string; actorName: string; ticketUrl: string; accountUrl: string };
  agentDigest: {
    name: string;
    siteName: string;
    items: { event: AgentEmailEvent; ticketId: number; subject: string; actorName: string; ticketUrl: string }[];
    queueUrl: string;
    accountUrl: string;
  };
};

/** The ticket events an agent can be emailed about. */
export type AgentEmailEvent = "NEW_TICKET" | "CUSTOMER_REPLY" | "REOPENED" | "LOW_RATING";

export type EmailTemplate = keyof TemplateVars;
export type RenderedEmail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to place in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Links in emails come from APP_URL; anything but http(s) is a bug, not something to render. */
function webUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`email link must be http(s): ${url.protocol}`);
  return url.toString();
}

/** The parts of an email body, in order; each part knows its plain-text and its HTML form. */
type Part =
  | { type: "paragraph"; text: string }
  | { type: "fields"; rows: { label: string; value: string }[] }
  | { type: "link"; label: string; lead: string; url: string }
  | { type: "small"; text: string }
  | { type: "quote"; text: string };

function toText(parts: Part[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case "paragraph":
        case "small":
          return part.text;
        case "fields":
          return part.rows.map((row) => `${row.label}: ${row.value}`).join("\n");
        case "link":
          return `${part.lead}\n${part.url}`;
        case "quote":
          return part.text.split("\n").map((line) => `> ${line}`).join("\n");
      }
    })
    .join("\n\n")
    .concat("\n");
}

function toHtml(locale: Locale, subject: string, siteName: string, parts: Part[]): string {
  const p = 'style="margin:0 0 16px;line-height:1.5"';
  const body = parts
    .map((part) => {
      switch (part.type) {
        case "paragraph":
          return `<p ${p}>${escapeHtml(part.text)}</p>`;
        case "small":
          return `<p style="margin:24px 0 0;font-size:12px;color:#64748b">${escapeHtml(part.text)}</p>`;
        case "quote":
          return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #cbd5e1;white-space:pre-wrap;color:#334155">${escapeHtml(part.text)}</blockquote>`;
        case "fields":
          return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${part.rows
            .map(
              (row) =>
                `<tr><td style="padding:4px 12px 4px 0;color:#475569">${escapeHtml(row.label)}</td>` +
                `<td style="padding:4px 0;font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600">${escapeHtml(row.value)}</td></tr>`,
            )
            .join("")}</table>`;
        case "link":
          return (
            `<p ${p}><a href="${escapeHtml(part.url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(part.label)}</a></p>` +
            `<p style="margin:0 0 16px;font-size:12px;color:#64748b">${escapeHtml(part.lead)}<br>${escapeHtml(part.url)}</p>`
          );
      }
    })
    .join("\n");
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:0;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px">\n` +
    `<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff">\n` +
    `<p style="margin:0 0 24px;font-size:18px;font-weight:600">${escapeHtml(siteName)}</p>\n${body}\n</div>\n</body></html>\n`
  );
}

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email" });
}

type Builder<T extends EmailTemplate> = (t: ReturnType<typeof translatorFor>, vars: TemplateVars[T]) => { subject: string; parts: Part[] };

const builders: { [T in EmailTemplate]: Builder<T> } = {
  passwordInitialized: (t, v) => ({
    subject: t("passwordInitialized.subject", { siteName: v.siteName }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("passwordInitialized.intro", { siteName: v.siteName }) },
      {
        type: "fields",
        rows: [
          { label: t("passwordInitialized.emailLabel"), value: v.email },
          { label: t("passwordInitialized.passwordLabel"), value: v.password },
        ],
      },
      { type: "link", label: t("passwordInitialized.signIn"), lead: t("passwordInitialized.signInAt"), url: webUrl(v.loginUrl) },
      { type: "paragraph", text: t("passwordInitialized.changeNotice") },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("footer", { siteName: v.siteName }) },
    ],
  }),
  passwordReset: (t, v) => ({
    subject: t("passwordReset.subject", { siteName: v.siteName }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("passwordReset.intro", { siteName: v.siteName }) },
      { type: "link", label: t("passwordReset.action"), lead: t("passwordReset.openLink"), url: webUrl(v.resetUrl) },
      { type: "paragraph", text: t("passwordReset.expiry", { minutes: v.minutes }) },
      { type: "paragraph", text: t("passwordReset.ignore") },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("footer", { siteName: v.siteName }) },
    ],
  }),
  ticketReply: (t, v) => ({
    subject: t("ticketReply.subject", { id: v.ticketId, subject: v.subject }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("ticketReply.intro", { agent: v.agentName, id: v.ticketId, subject: v.subject }) },
      { type: "quote", text: v.reply },
      { type: "link", label: t("ticketReply.action"), lead: t("ticketReply.openLink"), url: webUrl(v.ticketUrl) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("ticketMute", { siteName: v.siteName }) },
    ],
  }),
  ticketOpenedOnBehalf: (t, v) => ({
    subject: t("ticketOpenedOnBehalf.subject", { id: v.ticketId, subject: v.subject }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("ticketOpenedOnBehalf.intro", { agent: v.agentName, id: v.ticketId, subject: v.subject }) },
      { type: "link", label: t("ticketReply.action"), lead: t("ticketReply.openLink"), url: webUrl(v.ticketUrl) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("ticketMute", { siteName: v.siteName }) },
    ],
  }),
  chatUnread: (t, v) => ({
    subject: t("chatUnread.subject", { siteName: v.siteName }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("chatUnread.intro", { agent: v.agentName }) },
      { type: "quote", text: v.messages },
      { type: "link", label: t("chatUnread.action"), lead: t("chatUnread.openLink"), url: webUrl(v.chatUrl) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("chatUnread.why", { siteName: v.siteName }) },
    ],
  }),
  ticketFiled: (t, v) => ({
    subject: t("ticketFiled.subject", { id: v.ticketId, subject: v.subject }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("ticketFiled.intro", { id: v.ticketId, subject: v.subject }) },
      { type: "fields", rows: [{ label: t("ticketFiled.numberLabel"), value: `#${v.ticketId}` }] },
      { type: "link", label: t("ticketReply.action"), lead: t("ticketReply.openLink"), url: webUrl(v.ticketUrl) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("ticketMute", { siteName: v.siteName }) },
    ],
  }),
  agentNotice: (t, v) => ({
    subject: t(`agentNotice.subject.${v.event}`, { id: v.ticketId, subject: v.subject }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t(`agentNotice.line.${v.event}`, { id: v.ticketId, subject: v.subject, actor: v.actorName }) },
      { type: "link", label: t("agentNotice.action"), lead: t("ticketReply.openLink"), url: webUrl(v.ticketUrl) },
      { type: "small", text: t("agentNotice.footer", { siteName: v.siteName }) },
      { type: "small", text: webUrl(v.accountUrl) },
    ],
  }),
  agentDigest: (t, v) => ({
    subject: t("agentNotice.digestSubject", { count: v.items.length, siteName: v.siteName }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("agentNotice.digestIntro", { count: v.items.length }) },
      ...v.items.map((item): Part => ({
        type: "link",
        label: `#${item.ticketId} ${item.subject}`,
        lead: t(`agentNotice.line.${item.event}`, { id: item.ticketId, subject: item.subject, actor: item.actorName }),
        url: webUrl(item.ticketUrl),
      })),
      { type: "link", label: t("agentNotice.openQueue"), lead: t("agentNotice.openQueue"), url: webUrl(v.queueUrl) },
      { type: "small", text: t("agentNotice.footer", { siteName: v.siteName }) },
      { type: "small", text: webUrl(v.accountUrl) },
    ],
  }),
  ticketStatus: (t, v) => ({
    subject: t("ticketStatus.subject", { id: v.ticketId, subject: v.subject }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("ticketStatus.intro", { id: v.ticketId, subject: v.subject, status: v.status }) },
      { type: "link", label: t("ticketReply.action"), lead: t("ticketReply.openLink"), url: webUrl(v.ticketUrl) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
      { type: "small", text: t("ticketMute", { siteName: v.siteName }) },
    ],
  }),
};

/** Subject, plain text and HTML of one template in one language; every variable is escaped in the HTML. */
export function renderEmail<T extends EmailTemplate>(template: T, locale: Locale, vars: TemplateVars[T]): RenderedEmail {
  const { subject, parts } = builders[template](translatorFor(locale), vars);
  return { subject, text: toText(parts), html: toHtml(locale, subject, vars.siteName, parts) };
}
