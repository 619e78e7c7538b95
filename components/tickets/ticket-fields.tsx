import { useFormatter, useTranslations } from "next-intl";
import type { TicketFieldValueItem } from "@/lib/request-types/queries";

/**
 * The request type's extra fields as given on the ticket, read by the page with
 * getTicketFieldValues (which checks the viewer may see the ticket) alongside its other reads.
 */
export function TicketFields({ values }: { values: TicketFieldValueItem[] | null }) {
  const t = useTranslations("requestTypes.form");
  const format = useFormatter();
  if (!values || values.length === 0) return null;
  const shown = (type: string, value: string) => {
    if (type === "CHECKBOX") return value === "true" ? t("yes") : t("no");
    if (type === "DATE") return format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
    return value;
  };
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-labelledby="ticket-fields-title" data-testid="ticket-fields">
      <h2 id="ticket-fields-title" className="font-semibold">{t("detailsTitle")}</h2>
      <dl className="mt-2 divide-y divide-slate-100">
        {values.map((v) => (
          <div key={v.id} className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3 sm:gap-2">
            <dt className="text-slate-500">{v.label}</dt>
            <dd className="break-words sm:col-span-2">{shown(v.type, v.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
