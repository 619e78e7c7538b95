import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { listRequestTypesForForm } from "@/lib/request-types/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("newTicket") };
}

export default async function NewTicketPage() {
  await requireViewer();
  const locale = await getLocale();
  const [t, types, settings] = await Promise.all([getTranslations("tickets"), listRequestTypesForForm(locale), getPortalSettings()]);
  return (
    <div className={`mx-auto space-y-4 ${settings.kbEnabled ? "max-w-5xl" : "max-w-2xl"}`}>
      <h1 className="text-2xl font-semibold">{t("newTicket")}</h1>
      <NewTicketForm suggestArticles={settings.kbEnabled} limits={attachmentMessageValues()} types={types} />
    </div>
  );
}
