import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  return { title: (await getTranslations("common"))("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      {/* A plain link: next/link here put its own copy of the router's link code in a chunk that
          every page loads (the not-found boundary is part of each page), 3 kB for a rare page. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className="mt-6 inline-block text-brand hover:underline">{t("backHome")}</a>
    </main>
  );
}
