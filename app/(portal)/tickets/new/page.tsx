import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { listRequestTypesForForm } from "@/lib/request-types/queries";
import { attachmentMessageValues } from "@/lib/tickets/attachments";
import { portalModulesFor } from "@/lib/portal/modules";
import { getMyAsset, listMyAssets } from "@/lib/assets/queries";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("newTicket") };
}

export default async function NewTicketPage({ searchParams }: { searchParams: Promise<{ asset?: string | string[] }> }) {
  const viewer = await requireViewer();
  const locale = await getLocale();
  const [t, types, settings, modules, { asset: assetParam }] = await Promise.all([
    getTranslations("tickets"),
    listRequestTypesForForm(locale),
    getPortalSettings(),
    portalModulesFor(viewer.id),
    searchParams,
  ]);
  // "Report a problem" on an asset: only one of the viewer's own, and only when My assets is on for them.
  const asset = assetParam !== undefined ? (modules.assets ? await getMyAsset(viewer, assetParam) : null) : undefined;
  if (asset === null) notFound();
  const assets = modules.assets ? (await listMyAssets(viewer)).map((a) => ({ id: a.id, label: `${a.tag} · ${a.name}` })) : [];
  return (
    <div className={`mx-auto space-y-4 ${settings.kbEnabled ? "max-w-5xl" : "max-w-2xl"}`}>
      <h1 className="text-2xl font-semibold">{t("newTicket")}</h1>
      <NewTicketForm
        suggestArticles={settings.kbEnabled}
        limits={attachmentMessageValues()}
        types={types}
        assets={assets}
        asset={asset ? { id: asset.id, label: `${asset.tag} · ${asset.name}` } : undefined}
      />
    </div>
  );
}
