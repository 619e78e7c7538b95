// use-intl/core (the core of next-intl, without React) also loads in scripts run outside Next.
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Img } from "@react-email/img";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { escapeHtml, renderEmailDocument } from "./static-markup";

// Transactional emails in the recipient's language and time zone. The words come from the `email`
// namespace of the catalogues; this file lays them out once as parts, which become the plain-text
// part and, through react-email's components, the HTML part in the portal's colours and logo.

type TemplateVars = {
  passwordInitialized: { name: string; email: string; password: string; loginUrl: string; siteName: string };
  passwordReset: { name: string; resetUrl: string; siteName: string; minutes: number };
  ticketReply: { name: string; siteName: string; ticketId: number; subject: string; agentName: string; reply: string; ticketUrl: string };
  ticketStatus: { name: string; siteName: string; ticketId: number; subject: string; status: string; ticketUrl: string };
  ticketOpenedOnBehalf: { name: string; siteName: string; ticketId: number; subject: string; agentName: string; ticketUrl: string };
  chatUnread: { name: string; siteName: string; agentName: string; messages: string; chatUrl: string };
  /** `sentOn`: the day the request was sent, already written in the recipient's language and time zone. */
  confirmationReminder: { name: string; siteName: string; title: string; sentOn: string; url: string };
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

export { escapeHtml };

/** Links in emails come from APP_URL; anything but http(s) is a bug, not something to render. */
function webUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`email link must be http(s): ${url.protocol}`);
  return url.toString();
}

/**
 * How the portal presents itself in its emails (portal settings) and the recipient's time zone.
 * Without it (a caller that has not loaded the settings) an email is plain: the site name, the
 * default blue, no date line.
 */
export type EmailLook = {
  logoUrl: string | null;
  primaryColor: string;
  timeZone: string;
  sentAt: Date;
};

const DEFAULT_PRIMARY = "#1d4ed8";

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

const muted = "#64748b";
const small = { margin: "24px 0 0", fontSize: "12px", lineHeight: "18px", color: muted };

function EmailPart({ part, primary }: { part: Part; primary: string }) {
  switch (part.type) {
    case "paragraph":
      return <Text style={{ margin: "0 0 16px", fontSize: "15px", lineHeight: "1.5" }}>{part.text}</Text>;
    case "small":
      return <Text style={small}>{part.text}</Text>;
    case "quote":
      return (
        <Section style={{ margin: "0 0 16px", borderLeft: "3px solid #cbd5e1" }}>
          <Text style={{ margin: "0", padding: "8px 12px", whiteSpace: "pre-wrap", color: "#334155", fontSize: "15px", lineHeight: "1.5" }}>
            {part.text}
          </Text>
        </Section>
      );
    case "fields":
      return (
        <table role="presentation" style={{ margin: "0 0 16px", borderCollapse: "collapse" }}>
          <tbody>
            {part.rows.map((row) => (
              <tr key={row.label}>
                <td style={{ padding: "4px 12px 4px 0", color: "#475569" }}>{row.label}</td>
                <td style={{ padding: "4px 0", fontFamily: "ui-monospace,Menlo,Consolas,monospace", fontWeight: 600 }}>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "link":
      return (
        <Section style={{ margin: "0 0 16px" }}>
          <Button
            href={part.url}
            style={{ padding: "10px 16px", borderRadius: "6px", backgroundColor: primary, color: "#ffffff", fontWeight: 600, fontSize: "15px" }}
          >
            {part.label}
          </Button>
          <Text style={{ margin: "8px 0 0", fontSize: "12px", lineHeight: "18px", color: muted }}>
            {part.lead}
            <br />
            <Link href={part.url} style={{ color: primary, wordBreak: "break-all" }}>
              {part.url}
            </Link>
          </Text>
        </Section>
      );
  }
}

function EmailDocument(props: { locale: Locale; subject: string; preview: string; siteName: string; look: EmailLook | null; parts: Part[] }) {
  const primary = props.look?.primaryColor ?? DEFAULT_PRIMARY;
  const logo = props.look?.logoUrl;
  return (
    <Html lang={props.locale}>
      <Head>
        <title>{props.subject}</title>
      </Head>
      <Body style={{ margin: "0", padding: "0", backgroundColor: "#f8fafc", color: "#0f172a", fontFamily: "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" }}>
        <Preview>{props.preview}</Preview>
        <Container style={{ maxWidth: "560px", padding: "24px", backgroundColor: "#ffffff", borderTop: `4px solid ${primary}` }}>
          <Section style={{ margin: "0 0 24px" }}>
            {logo ? (
              <Img src={logo} alt={props.siteName} height="40" style={{ height: "40px", width: "auto", maxWidth: "240px" }} />
            ) : (
              <Text style={{ margin: "0", fontSize: "18px", fontWeight: 600, color: primary }}>{props.siteName}</Text>
            )}
          </Section>
          {props.parts.map((part, index) => (
            <EmailPart key={index} part={part} primary={primary} />
          ))}
          <Hr style={{ margin: "24px 0 0", borderTop: "1px solid #e2e8f0" }} />
        </Container>
      </Body>
    </Html>
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
  confirmationReminder: (t, v) => ({
    subject: t("confirmationReminder.subject", { title: v.title }),
    parts: [
      { type: "paragraph", text: t("greeting", { name: v.name }) },
      { type: "paragraph", text: t("confirmationReminder.intro", { title: v.title, date: v.sentOn }) },
      { type: "link", label: t("confirmationReminder.action"), lead: t("confirmationReminder.openLink"), url: webUrl(v.url) },
      { type: "paragraph", text: t("signature", { siteName: v.siteName }) },
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
export function renderEmail<T extends EmailTemplate>(template: T, locale: Locale, vars: TemplateVars[T], look: EmailLook | null = null): RenderedEmail {
  const t = translatorFor(locale);
  const built = builders[template](t, vars);
  const parts: Part[] = look
    ? [...built.parts, { type: "small", text: t("sentAt", { date: sentAtText(locale, look), timeZone: look.timeZone }) }]
    : built.parts;
  const intro = built.parts.find((part, index) => index > 0 && part.type === "paragraph");
  const preview = intro && intro.type === "paragraph" ? intro.text : built.subject;
  return {
    subject: built.subject,
    text: toText(parts),
    html: renderEmailDocument(<EmailDocument locale={locale} subject={built.subject} preview={preview} siteName={vars.siteName} look={look} parts={parts} />),
  };
}

function sentAtText(locale: Locale, look: EmailLook): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: look.timeZone }).format(look.sentAt);
}
