"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { InsertPicker } from "@/components/ui/insert-picker";
import { insertCannedResponseAction } from "@/lib/canned/actions";
import type { ActionResult } from "@/lib/action-result";

export type CannedChoice = { id: string; title: string; locale: string };

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

type Props = {
  /** The ticket whose placeholders are filled, or `render` for another context (a chat conversation). */
  ticketId?: number;
  render?: (id: string) => Promise<ActionResult<{ body: string }>>;
  choices: CannedChoice[];
  onInsert: (text: string) => void;
};

/** Picks a canned response; the server fills its placeholders for this ticket before it is inserted. */
export function CannedPicker({ ticketId, render, choices, onInsert }: Props) {
  const t = useTranslations("desk.picker");
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const matching = choices.filter((c) => fold(c.title).includes(fold(query.trim())));
  const items = matching.map((c) => ({ id: c.id, label: c.title, hint: c.locale === "any" ? undefined : t(`locales.${c.locale === "es" ? "es" : "en"}`) }));
  return (
    <InsertPicker
      testId="canned-picker"
      buttonLabel={t("canned")}
      inputLabel={t("cannedFilter")}
      query={query}
      onQueryChange={(q) => {
        setQuery(q);
        setStatus(null);
      }}
      items={items}
      status={status ?? (choices.length === 0 ? t("cannedNone") : items.length === 0 ? t("noMatch") : null)}
      onChoose={async (item) => {
        setStatus(t("inserting"));
        const result = render ? await render(item.id) : await insertCannedResponseAction(item.id, ticketId ?? 0);
        if (!result.ok) {
          setStatus(result.message);
          return false;
        }
        setStatus(null);
        setQuery("");
        onInsert(result.data.body);
        return true;
      }}
    />
  );
}
