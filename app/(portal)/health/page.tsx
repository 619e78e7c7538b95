import { getTranslations } from "next-intl/server";

// A page with the portal's layout and no data of its own: the reference the load bench
// (`npm run bench`) compares every read route with.
export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("health"))("title") };
}

export default async function HealthPage() {
  const t = await getTranslations("health");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("running")}</p>
    </div>
  );
}
