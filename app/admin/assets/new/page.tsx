import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { listAssetOptions } from "@/lib/assets/queries";
import { AssetForm } from "@/components/admin/assets/asset-form";

export async function generateMetadata() {
  return { title: (await getTranslations("assets"))("new") };
}

export default async function NewAssetPage() {
  await requireStaffPage();
  const [t, options] = await Promise.all([getTranslations("assets"), listAssetOptions()]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/admin/assets" className="text-sm text-brand hover:underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <AssetForm
        types={options.types}
        locations={options.locations}
        organizations={options.organizations}
        initial={{ tag: "", name: "", typeId: "", manufacturer: "", model: "", serialNumber: "", status: "IN_STOCK", purchaseDate: "", purchaseCost: "", warrantyEnd: "", locationId: "", organizationId: "", notes: "" }}
      />
    </div>
  );
}
