"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChevronDown, Menu, X } from "lucide-react";

export type NavLink = { href: string; label: ReactNode };
/** A top-level entry: a link, or a group of links behind one button (the console's Settings). */
export type NavItem = NavLink | { label: string; items: NavLink[] };

type Props = {
  items: NavItem[];
  navLabel: string;
  menuLabel: string;
  /** The signed-in person's corner (name, language, sign out), in the phone menu on phones. */
  children: ReactNode;
};

const isCurrent = (pathname: string, href: string) => pathname === href;

/**
 * The header's navigation: a row on wider screens; on phones one "Menu" button that opens it, so
 * content starts right under the header. Closes on a new page and on Escape.
 */
export function HeaderMenu({ items, navLabel, menuLabel, children }: Props) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <>
      <button
        type="button"
        className="ml-auto inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 sm:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        {open ? <X aria-hidden className="h-4 w-4" /> : <Menu aria-hidden className="h-4 w-4" />}
        {menuLabel}
      </button>
      <div
        id={panelId}
        data-open={open}
        // On wider screens the panel's boxes join the header's own row ("contents"): the person's
        // corner beside the brand, the navigation on a full-width row of its own under them.
        className="hidden w-full flex-col gap-3 pb-2 data-[open=true]:flex sm:contents"
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        <nav aria-label={navLabel} className="flex flex-col gap-1 text-sm sm:order-3 sm:w-full sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5">
          {items.map((item) =>
            "items" in item ? (
              <NavGroup key={item.label} label={item.label} items={item.items} pathname={pathname} />
            ) : (
              <Link
                key={item.href}
                href={item.href}
                aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
                className="rounded px-1 py-2 whitespace-nowrap text-slate-700 hover:text-brand aria-[current=page]:font-semibold aria-[current=page]:text-brand sm:py-0"
              >
                {item.label}
              </Link>
            ),
          )}
        </nav>
        <div className="flex flex-wrap items-center gap-3 sm:order-2 sm:ml-auto">{children}</div>
      </div>
    </>
  );
}

/** A menu button with its links (keyboard: Enter/Space opens, Escape closes, Tab moves on). */
function NavGroup({ label, items, pathname }: { label: string; items: NavLink[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  const current = items.some((i) => isCurrent(pathname, i.href) || pathname.startsWith(`${i.href}/`));
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | FocusEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("focusin", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("focusin", close);
    };
  }, [open]);
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <div ref={ref} className="relative" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className={`inline-flex items-center gap-1 rounded px-1 py-2 whitespace-nowrap hover:text-brand sm:py-0 ${current ? "font-semibold text-brand" : "text-slate-700"}`}
      >
        {label}
        <ChevronDown aria-hidden className="h-4 w-4" />
      </button>
      <ul
        id={listId}
        hidden={!open}
        className="z-20 mt-1 min-w-48 rounded-md border border-slate-200 bg-white py-1 shadow-lg sm:absolute sm:left-0"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
              className="block px-3 py-2 text-slate-700 hover:bg-slate-50 hover:text-brand aria-[current=page]:font-semibold"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
