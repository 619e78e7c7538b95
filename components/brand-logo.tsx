/** The portal's logo beside the site name (decorative: the name says the same). */
export function BrandLogo({ url }: { url?: string | null }) {
  if (!url) return null;
  // eslint-disable-next-line @next/next/no-img-element -- served by our own route at its own size
  return <img src={url} alt="" className="h-8 w-auto max-w-32 object-contain" data-testid="brand-logo" />;
}
