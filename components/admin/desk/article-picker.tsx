"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { InsertPicker } from "@/components/ui/insert-picker";
import { findArticlesForReplyAction } from "@/lib/tickets/actions";
import type { ArticleLink } from "@/lib/tickets/article-links";

const SEARCH_DELAY_MS = 250;

/**
 * Searches the knowledge base for an article to link: for a public reply only among the articles
 * the requester may read (the server decides), and inserts "Title — address".
 */
export function ArticlePicker({ ticketId, internal, onInsert }: { ticketId: number; internal: boolean; onInsert: (text: string) => void }) {
  const t = useTranslations("desk.picker");
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ key: string; items: ArticleLink[]; error?: string } | null>(null);
  const key = `${internal ? "i" : "p"}:${query.trim()}`;

  useEffect(() => {
    if (!query.trim()) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await findArticlesForReplyAction(ticketId, query.trim(), internal);
      if (stale) return;
      setFound(result.ok ? { key, items: result.data.items } : { key, items: [], error: result.message });
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, query, internal, ticketId]);

  const current = query.trim() && found?.key === key ? found : null;
  const items = (current?.items ?? []).map((a) => ({ id: a.id, label: a.title, hint: a.url }));
  const status = !query.trim()
    ? internal ? t("articleHintInternal") : t("articleHintPublic")
    : !current ? t("searching") : current.error ?? (items.length === 0 ? t("noMatch") : null);
  return (
    <InsertPicker
      testId="article-picker"
      buttonLabel={t("article")}
      inputLabel={t("articleSearch")}
      query={query}
      onQueryChange={setQuery}
      items={items}
      status={status}
      onChoose={(item) => {
        const article = current?.items.find((a) => a.id === item.id);
        if (!article) return false;
        setQuery("");
        onInsert(`${article.title} — ${article.url}`);
        return true;
      }}
    />
  );
}
