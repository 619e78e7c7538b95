import "server-only";
import { Resend } from "resend";
import type { Env } from "@/lib/env";

/** What a backend needs to deliver one stored message. */
export type Envelope = { id: string; to: string; subject: string; text: string; html: string };

export type DeliveryOutcome = { ok: true; providerId: string | null } | { ok: false; error: string };

export type EmailTransport = {
  name: "outbox" | "resend";
  deliver(envelope: Envelope): Promise<DeliveryOutcome>;
};

/** The embedded default: the stored row is the delivery, read in /admin/outbox like a dev mail catcher. */
export const outboxTransport: EmailTransport = {
  name: "outbox",
  deliver: async () => ({ ok: true, providerId: null }),
};

const SEND_TIMEOUT_MS = 15_000;

/** Delivery through the Resend API. The SDK reports API errors as `{ error }` instead of throwing. */
export function resendTransport(config: { apiKey: string; baseUrl?: string; from: string }): EmailTransport {
  const client = new Resend(config.apiKey, config.baseUrl ? { baseUrl: config.baseUrl.replace(/\/+$/, "") } : undefined);
  return {
    name: "resend",
    async deliver({ id, to, subject, text, html }) {
      const { data, error } = await client.emails.send(
        { from: config.from, to, subject, text, html },
        // The same key on every attempt: if an earlier attempt did reach Resend, it is not sent twice.
        { idempotencyKey: `portico-email/${id}`, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      );
      if (error) return { ok: false, error: `${error.name}${error.statusCode ? ` (${error.statusCode})` : ""}: ${error.message}` };
      return { ok: true, providerId: data?.id ?? null };
    },
  };
}

/** Resend when an API key is configured, else the outbox. */
export function transportFor(config: Pick<Env, "RESEND_API_KEY" | "RESEND_BASE_URL" | "EMAIL_FROM">): EmailTransport {
  if (!config.RESEND_API_KEY) return outboxTransport;
  return resendTransport({ apiKey: config.RESEND_API_KEY, baseUrl: config.RESEND_BASE_URL, from: config.EMAIL_FROM });
}
