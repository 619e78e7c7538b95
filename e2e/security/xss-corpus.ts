import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "../fixtures";

// The knowledge base's 166-payload corpus and the browser-side watch the stored-XSS specs share.

export const PAYLOADS = readFileSync(path.join(process.cwd(), "test/data/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"));

/** The corpus packed into as few strings of at most `max` characters as it takes; every payload appears whole. */
export function packed(max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const payload of PAYLOADS.map((p) => p.slice(0, max))) {
    if (current && current.length + 1 + payload.length > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current} ${payload}` : payload;
  }
  if (current) out.push(current);
  return out;
}

/** One payload of at most `max` characters, the `i`th of those that fit, with a tag to find it by. */
export function short(i: number, max: number, tag: string): string {
  const fitting = PAYLOADS.filter((p) => p.length <= max - tag.length - 1);
  return `${fitting[i % fitting.length]} ${tag}`;
}

export async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: string[] };
    w.__xss = [];
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => void w.__xss.push(`${name}(${args.join(",")})`);
    }
    document.addEventListener("securitypolicyviolation", (e) => w.__xss.push(`CSP ${e.violatedDirective}: ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return dialogs;
}

export async function expectNothingRan(page: Page, url: string, dialogs: string[]) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const found = await page.evaluate(() => {
    const injected = document.querySelectorAll(
      'script:not([nonce]):not([type="application/json"]):not([src^="/_next/static/"]), [onerror], [onload], [onclick], [onmouseover], [onfocus], iframe, object, embed, a[href^="javascript:" i], [src^="javascript:" i], base, meta[http-equiv="refresh" i]',
    );
    return [...(window as unknown as { __xss: string[] }).__xss, ...[...injected].map((el) => `markup: ${el.outerHTML.slice(0, 120)}`)];
  });
  expect([...dialogs, ...found], `${url}\n${[...dialogs, ...found].join("\n")}`).toEqual([]);
}
