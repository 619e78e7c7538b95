"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { recordSuggestionOpenAction, suggestArticlesAction, type Suggestion } from "@/lib/kb/actions";
import { Highlighted } from "./highlighted";

const DEBOUNCE_MS = 350;
const MIN_LENGTH = 3;

/**
 * Knowledge-base articles matching a new ticket's subject, shown beside the form while it is
 * typed. Opening one records it against this visit of the form (a draft id made here), which is
 * how deflected tickets are counted (lib/kb/report.ts).
 */
export function TicketSuggestions({ subject }: { subject: string }) {
  const t = useTranslations("kb.suggestions");
  const [draftId] = useState(() => crypto.randomUUID());
  const [result, setResult] = useState<{ query: string; items: Suggestion[] } | null>(null);
  const query = subject.trim();
  const active = query.length >= MIN_LENGTH;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const items = await suggestArticlesAction(query);
      if (!cancelled) setResult({ query, items });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, active]);

  if (!active) return null;
  const searching = result?.query !== query;
  const open = (articleId: string) => void recordSuggestionOpenAction(draftId, articleId);
  return (
    <aside className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-live="polite" data-testid="kb-suggestions">
      <h2 className="font-semibold">{t("title")}</h2>
      {result && result.items.length ? (
        <>
          <ul className="space-y-3">
            {result.items.map((s) => (
              <li key={s.id}>
                <a
                  href={`/kb/${s.slug}?lang=${s.locale}`}
                  target="_blank"
                  rel="noopener"
                  onClick={() => open(s.id)}
                  onAuxClick={() => open(s.id)}
                  className="font-medium text-brand hover:underline"
                >
                  <Highlighted segments={s.title} />
                </a>
                <p className="text-sm text-slate-600"><Highlighted segments={s.snippet} /></p>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-500">{t("hint")}</p>
        </>
      ) : (
        <p className="text-sm text-slate-600">{searching ? t("searching") : t("none")}</p>
      )}
    </aside>
  );
}
