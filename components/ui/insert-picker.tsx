"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { buttonClass } from "./button-class";

export type PickerItem = { id: string; label: string; hint?: ReactNode };

type Props = {
  buttonLabel: string;
  inputLabel: string;
  query: string;
  onQueryChange: (query: string) => void;
  items: PickerItem[];
  /** Inserts the item; true closes the picker, false keeps it open (e.g. to show an error in `status`). */
  onChoose: (item: PickerItem) => boolean | Promise<boolean>;
  /** Shown in place of the list: "no match", "searching…", an error. */
  status?: string | null;
  testId?: string;
};

/**
 * A button that opens a filter box over a list to pick one item from (combobox pattern): arrows move,
 * Enter picks, Escape closes and gives focus back to the button.
 */
export function InsertPicker({ buttonLabel, inputLabel, query, onQueryChange, items, onChoose, status, testId }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const current = Math.min(active, Math.max(items.length - 1, 0));

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const choose = async (item: PickerItem) => {
    if (await onChoose(item)) setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (items.length) setActive((current + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length);
    } else if (e.key === "Enter") {
      // Enter picks; it must never send the reply form around the picker.
      e.preventDefault();
      if (items[current]) void choose(items[current]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="relative" data-testid={testId}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        className={`${buttonClass("secondary")} px-3 py-1.5`}
      >
        {buttonLabel}
      </button>
      {open ? (
        <div id={`${id}-panel`} className="mt-2 w-full min-w-0 space-y-2 rounded-md border border-slate-200 bg-white p-2 shadow-sm sm:w-96">
          <label htmlFor={`${id}-input`} className="block text-xs font-medium text-slate-600">{inputLabel}</label>
          <input
            id={`${id}-input`}
            type="search"
            role="combobox"
            autoFocus
            autoComplete="off"
            aria-expanded={items.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={items.length ? optionId(current) : undefined}
            value={query}
            onChange={(e) => {
              setActive(0);
              onQueryChange(e.target.value);
            }}
            onKeyDown={onKeyDown}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
          {status ? <p className="text-sm text-slate-600" role="status">{status}</p> : null}
          <ul id={listId} role="listbox" aria-label={inputLabel} className="max-h-60 overflow-y-auto">
            {items.map((item, i) => (
              <li
                key={item.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                // Keep focus in the input; the click picks.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void choose(item)}
                onMouseEnter={() => setActive(i)}
                className={`cursor-pointer rounded px-2 py-1.5 text-sm ${i === current ? "bg-slate-100" : ""}`}
              >
                <span className="block break-words font-medium">{item.label}</span>
                {item.hint ? <span className="block break-all text-xs text-slate-500">{item.hint}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
