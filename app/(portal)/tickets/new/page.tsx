import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listActiveCategories } from "@/lib/tickets/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("newTicket") };
}

export default async function NewTicketPage() {
  await requireViewer();
  const [t, locale, categories] = await Promise.all([getTranslations("tickets"), getLocale(), listActiveCategories()]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTicket")}</h1>
      <NewTicketForm
        limits={attachmentMessageValues()}
        categories={categories.map((c) => ({
          id: c.id,
          name: locale === "es" ? c.nameEs : c.nameEn,
          description: locale === "es" ? c.descriptionEs : c.descriptionEn,
        }))}
      />
    </div>
  );
}
