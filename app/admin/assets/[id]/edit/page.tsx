import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getAsset, listAssetOptions } from "@/lib/assets/queries";
import { costText, isoDate } from "@/lib/assets/schema";
import { AssetForm } from "@/components/admin/assets/asset-form";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("title") };
}

export default async function EditAssetPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const [t, options, asset] = await Promise.all([getTranslations("assets"), listAssetOptions(), getAsset(viewer, (await params).id)]);
  if (!asset) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href={`/admin/assets/${asset.id}`} className="text-sm text-brand hover:underline">← {asset.tag}</Link>
      <h1 className="text-2xl font-semibold">{t("editTitle", { tag: asset.tag })}</h1>
      <AssetForm
        types={options.types}
        locations={options.locations}
        organizations={options.organizations}
        initial={{
          id: asset.id, tag: asset.tag, name: asset.name, typeId: asset.typeId, manufacturer: asset.manufacturer ?? "", model: asset.model ?? "",
          serialNumber: asset.serialNumber ?? "", status: asset.status, purchaseDate: isoDate(asset.purchaseDate), purchaseCost: costText(asset.purchaseCostCents),
          warrantyEnd: isoDate(asset.warrantyEnd), locationId: asset.locationId ?? "", organizationId: asset.organizationId ?? "", notes: asset.notes ?? "",
        }}
      />
    </div>
  );
}
