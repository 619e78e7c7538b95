import { getPortalSettings } from "@/lib/settings/queries";
import { darkVariant } from "@/lib/settings/schema";

// The brand colours as CSS variables, a stylesheet of our own origin (no inline style for the
// content security policy to allow). The colours are validated #rrggbb values; app/globals.css
// turns them into the Tailwind "brand" and "accent" colours, light and dark.
export async function GET() {
  const { primaryColor, accentColor } = await getPortalSettings();
  const css = `:root{--brand:${primaryColor};--accent:${accentColor};--brand-dark:${darkVariant(primaryColor)};--accent-dark:${darkVariant(accentColor)}}\n`;
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      // The address carries the colours, so a change is a new address; a short life all the same.
      "Cache-Control": "public, max-age=300",
    },
  });
}
