"use client";

import { lazy, type ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { AfterHydration } from "@/components/ui/after-hydration";
import { buttonClass } from "@/components/ui/button-class";

// React's lazy rather than next/dynamic: next/dynamic's own code, on no other page, weighs more
// than the picker it would defer.
const CannedPicker = lazy(() => import("./canned-picker").then((m) => ({ default: m.CannedPicker })));

/**
 * The canned-response picker, loaded once the page is interactive: only agents use it, so it is
 * not part of the page's first-load JavaScript, and a customer's page never loads it. Until then
 * (and in the server's HTML) its button stands in its place, disabled.
 */
export function LazyCannedPicker(props: ComponentProps<typeof CannedPicker>) {
  const t = useTranslations("desk.picker");
  return (
    <AfterHydration
      fallback={
        <div className="relative">
          <button type="button" disabled className={`${buttonClass("secondary")} px-3 py-1.5`}>
            {t("canned")}
          </button>
        </div>
      }
    >
      <CannedPicker {...props} />
    </AfterHydration>
  );
}
