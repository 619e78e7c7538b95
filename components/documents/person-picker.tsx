"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { findPeopleAction } from "@/lib/documents/actions";
import type { PickablePerson } from "@/lib/documents/people";

type Chosen = { email: string; name: string };

/**
 * Picks portal users by typing part of a name or email: a combobox (arrow keys, Enter, Escape)
 * over at most ten matches from the server. Each choice is sent as a hidden `name` field holding
 * the person's email; with `multiple`, several can be chosen.
 */
export function PersonPicker({
  id,
  name,
  label,
  multiple = false,
  initial = [],
  errors,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  multiple?: boolean;
  initial?: Chosen[];
  errors?: string[];
  onChange?: (chosen: Chosen[]) => void;
}) {
  const t = useTranslations("documents.picker");
  const listId = useId();
  const [chosen, setChosen] = useState<Chosen[]>(initial);
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<PickablePerson[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const ticket = ++asked.current;
    const timer = setTimeout(async () => {
      setSearching(true);
      const found = await findPeopleAction(q);
      // Only the answer to the latest question counts.
      if (ticket !== asked.current) return;
      setSearching(false);
      setMatches(found);
      setActive(found.length > 0 ? 0 : -1);
      setOpen(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  const update = (next: Chosen[]) => {
    setChosen(next);
    onChange?.(next);
  };
  const choose = (person: PickablePerson) => {
    const entry = { email: person.email, name: person.name };
    update(multiple ? [...chosen.filter((c) => c.email !== person.email), entry] : [entry]);
    setQuery("");
    setMatches([]);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && matches.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % matches.length);
    } else if (e.key === "ArrowUp" && matches.length > 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? matches.length - 1 : i - 1));
    } else if (e.key === "Enter") {
      // Enter picks the highlighted person; it never submits the form from here.
      e.preventDefault();
      if (open && active >= 0 && matches[active]) choose(matches[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const showList = open && query.trim() !== "";
  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
          {chosen.map((c) => (
            <li key={c.email} className="flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pl-3 pr-1 text-sm">
              <span className="break-all">{c.name} &lt;{c.email}&gt;</span>
              <input type="hidden" name={name} value={c.email} />
              <button
                type="button"
                className="rounded-full px-2 text-slate-600 hover:bg-slate-200 focus-visible:outline focus-visible:outline-2"
                aria-label={t("remove", { name: c.name })}
                onClick={() => update(chosen.filter((x) => x.email !== c.email))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {multiple || chosen.length === 0 ? (
        <div className="relative">
          <input
            id={id}
            type="text"
            role="combobox"
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
            aria-invalid={errors && errors.length > 0 ? true : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            value={query}
            maxLength={100}
            placeholder={t("placeholder")}
            onChange={(e) => {
              setQuery(e.target.value);
              if (!e.target.value.trim()) {
                setMatches([]);
                setOpen(false);
              }
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500"
          />
          {showList ? (
            <ul id={listId} role="listbox" aria-label={t("matches")} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white shadow-lg">
              {matches.length === 0 ? (
                <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-600">{t("noMatch")}</li>
              ) : (
                matches.map((p, i) => (
                  <li
                    key={p.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand/10" : ""}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => choose(p)}
                  >
                    <span className="font-medium">{p.name}</span> <span className="text-slate-600">{p.email}{p.organization ? ` · ${p.organization}` : ""}</span>
                  </li>
                ))
              )}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-slate-500" aria-live="polite">{searching ? t("searching") : t("hint")}</p>
      {errors && errors.length > 0 ? <p className="text-sm text-red-600">{errors.join(" ")}</p> : null}
    </div>
  );
}
