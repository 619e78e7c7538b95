// Portal settings limits and the contrast rule, without zod: the client form imports these, the
// schema (schema.ts) enforces them.
export const AUTO_CLOSE_MAX_DAYS = 365;
export const CHAT_EMAIL_DELAY_MAX_MINUTES = 1440;
export const LOGO_MAX_BYTES = 512 * 1024;
/** Logo formats, decided from the bytes: SVG (which can carry scripts) is never accepted. */
export const LOGO_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };
/** WCAG AA for normal text: white text on the primary colour must reach this contrast. */
export const MIN_CONTRAST = 4.5;

/** The relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of white text on a #rrggbb background, from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export const FAVICON_MAX_BYTES = 100 * 1024;
/** Favicon formats, decided from the bytes (no SVG either). */
export const FAVICON_TYPES: Record<string, string> = { png: "image/png", ico: "image/x-icon" };
export const COLOR_SCHEMES = ["system", "light", "dark"] as const;
/** The dark surface of dark mode (globals.css "white" there): dark brand colours contrast with it. */
export const DARK_SURFACE = "#0f172a";

/** The contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A brand colour for dark mode: the same hue mixed with white until it reaches MIN_CONTRAST
 * against the dark surface (links on dark pages, and dark text on brand buttons, both read).
 */
export function darkVariant(hex: string): string {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (let step = 0; step <= 20; step++) {
    const mixed = `#${rgb.map((c) => Math.round(c + ((255 - c) * step) / 20).toString(16).padStart(2, "0")).join("")}`;
    if (contrast(mixed, DARK_SURFACE) >= MIN_CONTRAST) return mixed;
  }
  return "#ffffff";
}

/** The branding defaults "Reset to defaults" puts back (the module switches and rules stay). */
export const BRANDING_DEFAULTS = {
  siteName: "Portico",
  bannerText: "",
  bannerTextEs: "",
  welcomeTitleEn: "",
  welcomeTitleEs: "",
  welcomeTextEn: "",
  welcomeTextEs: "",
  supportPhone: "",
  supportEmail: "",
  privacyUrl: "",
  primaryColor: "#1d4ed8",
  accentColor: "#0f766e",
  colorScheme: "system",
} as const;

