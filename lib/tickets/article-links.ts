import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { getPortalSettings } from "@/lib/settings/queries";
import type { KbAudience } from "@/lib/kb/access";
import { searchArticles } from "@/lib/kb/search";
import { QUERY_MAX } from "@/lib/kb/schema";
import { visibleTicketsWhere } from "./access";
import { ticketIdSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role" | "locale">;

export type ArticleLink = { id: string; title: string; url: string };

const articleLinkQuerySchema = z.object({
  ticketId: ticketIdSchema,
  query: z.string().max(QUERY_MAX),
  internal: z.boolean(),
});

/** The absolute address of an article, as it goes into a plain-text reply. */
export function articleUrl(slug: string): string {
  return new URL(`/kb/${encodeURIComponent(slug)}`, env.APP_URL).href;
}

/**
 * Articles an agent may link in a reply on one ticket. A public reply is read by the requester, so
 * it offers only what the requester may read (published, not internal, not restricted to another
 * organization); an internal note offers every published article staff read.
 */
export async function findArticlesForReply(
  viewer: ViewerLike,
  input: { ticketId: unknown; query: unknown; internal: unknown },
): Promise<ActionResult<{ items: ArticleLink[] }>> {
  if (!isStaff(viewer)) return fail("errors.forbidden");
  const parsed = articleLinkQuerySchema.safeParse(input);
  if (!parsed.success) return fail("errors.notFound");
  const { ticketId, query, internal } = parsed.data;
  const ticket = await db.ticket.findFirst({
    where: { id: ticketId, ...visibleTicketsWhere(viewer) },
    select: { requester: { select: { organizationId: true, locale: true } } },
  });
  if (!ticket) return fail("errors.notFound");
  const settings = await getPortalSettings();
  // With the knowledge base switched off, no link would open for anyone.
  if (!settings.kbEnabled) return ok({ items: [] });
  const audience: KbAudience = internal ? { kind: "staff" } : { kind: "member", organizationId: ticket.requester.organizationId };
  const locale = (internal ? viewer.locale : ticket.requester.locale) ?? "en";
  const result = await searchArticles(audience, query, { locale, pageSize: 8 });
  return ok({
    items: result.items.map((hit) => ({ id: hit.id, title: hit.title.map((s) => s.text).join(""), url: articleUrl(hit.slug) })),
  });
}
