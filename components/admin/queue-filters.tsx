"use client";

import { useState, type ReactNode } from "react";
import Form from "next/form";

/**
 * The queue's filter form: a choice in a list or a tick applies at once (the search fields on Enter), and on
 * a phone the whole form folds behind one "Filters" button so the list comes first.
 */
export function QueueFilters({ label, toggleLabel, activeCount, className, children }: { label: string; toggleLabel: string; activeCount: number; className: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="queue-filters"
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 sm:hidden"
      >
        {toggleLabel}
        {activeCount > 0 ? <span className="rounded-full bg-brand px-1.5 text-xs text-white">{activeCount}</span> : null}
      </button>
      <Form
        id="queue-filters"
        action="/admin"
        aria-label={label}
        className={`${open ? "grid" : "hidden"} sm:grid ${className}`}
        onChange={(e) => {
          const target = e.target;
          if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) e.currentTarget.requestSubmit();
        }}
      >
        {children}
      </Form>
    </div>
  );
}

/**
 * A tick of the filter form that follows the URL: a link to another query ("Search messages and
 * notes too") changes it, which an uncontrolled box's default alone would not. Ticking it
 * submits the form (QueueFilters), and it keeps the focus.
 */
export function QueueCheckbox({ name, checked }: { name: string; checked: boolean }) {
  const [on, setOn] = useState(checked);
  // The URL's value changed: take it (React's "adjusting state when a prop changes").
  const [fromUrl, setFromUrl] = useState(checked);
  if (fromUrl !== checked) {
    setFromUrl(checked);
    setOn(checked);
  }
  return <input type="checkbox" name={name} value="1" checked={on} onChange={(e) => setOn(e.target.checked)} className="size-4" />;
}
