// Images in articles: what the editor accepts and how an article refers to one. Safe for the browser.

/** The only image types accepted, judged from the file's content (SVG can carry scripts, so never). */
export const KB_IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

/** What the upload route answers with. */
export type UploadedImage = { id: string; fileName: string; url: string };

const PREFIX = "/api/kb/images/";

/** The address an article uses for an uploaded image: relative, so it works under any host name. */
export const kbImageUrl = (id: string) => `${PREFIX}${id}`;

/** Whether `body` refers to image `id` (the whole id, not the start of a longer one). */
export function bodyRefersToImage(body: string, id: string): boolean {
  const escaped = `${PREFIX}${id}`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`${escaped}(?![A-Za-z0-9_-])`).test(body);
}

/** The Markdown that shows an image, its alt text taken from a file name made safe for the brackets. */
export function imageMarkdown(id: string, fileName: string): string {
  const alt = fileName.replace(/[\r\n\t]+/g, " ").replace(/[\\[\]]/g, "\\$&").trim().slice(0, 200);
  return `![${alt}](${kbImageUrl(id)})`;
}
