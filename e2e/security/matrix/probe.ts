import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { E2E_BASE_URL } from "../../env";

// How one cell of the access matrix is asked: a page load, a route handler call or a server action
// call, with plain HTTP (a browser adds nothing to "who may see or do what"), and how the answer
// is written down.

const ENGLISH = { "accept-language": "en-US" };

/** A page: "ok" (200), "404", "login" (sent to sign-in), "→/path" (sent elsewhere), or the status. */
export async function probePage(url: string, cookie: string | null): Promise<string> {
  const response = await fetch(`${E2E_BASE_URL}${url}`, { redirect: "manual", headers: { ...ENGLISH, ...(cookie ? { cookie } : {}) } });
  await response.body?.cancel();
  if (response.status === 200) return "ok";
  if (response.status >= 300 && response.status < 400) {
    const to = new URL(response.headers.get("location") ?? "", E2E_BASE_URL);
    return to.pathname === "/login" ? "login" : `→${to.pathname}`;
  }
  return String(response.status);
}

/** A route handler: its status code. */
export async function probeRoute(method: string, url: string, cookie: string | null, body?: FormData): Promise<string> {
  const response = await fetch(`${E2E_BASE_URL}${url}`, {
    method,
    redirect: "manual",
    headers: { ...ENGLISH, origin: E2E_BASE_URL, ...(cookie ? { cookie } : {}) },
    body,
  });
  await response.body?.cancel();
  return String(response.status);
}

/** Every English text Portico answers with when it refuses someone: "signed out", "not allowed", "not found", "forbidden". */
export const REFUSALS: string[] = (() => {
  const dir = path.join(process.cwd(), "messages", "en");
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && /^(signedOut|notAllowed|notFound|forbidden)$/.test(key)) found.add(value);
      else walk(value);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  return [...found];
})();

// React's own encoding of action arguments (FormData included), as the browser sends them.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

export type ActionAnswer = { status: number; redirect: string | null; text: string };

/** Calls a server action by its id, as a page's form or button would. */
export async function callAction(id: string, args: unknown[], cookie: string | null): Promise<ActionAnswer> {
  const body = await encodeReply(args);
  const response = await fetch(`${E2E_BASE_URL}/forgot-password`, {
    method: "POST",
    redirect: "manual",
    headers: { ...ENGLISH, accept: "text/x-component", "next-action": id, origin: E2E_BASE_URL, ...(cookie ? { cookie } : {}), ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}) },
    body,
  });
  return { status: response.status, redirect: response.headers.get("x-action-redirect"), text: await response.text() };
}

/** "refused" when the answer is a refusal text, a 404 or a trip to sign-in; "allowed" when the action went ahead; else the status. */
export function classifyAction(answer: ActionAnswer, refusedWhen?: (text: string) => boolean): string {
  if (answer.status === 404) return "refused";
  if (answer.status !== 200 && answer.status !== 303) return `http ${answer.status}`;
  if (answer.redirect) return answer.redirect.startsWith("/login") ? "refused" : "allowed";
  const result = answer.text.split("\n").find((line) => line.startsWith("1:")) ?? answer.text;
  if (refusedWhen) return refusedWhen(result) ? "refused" : "allowed";
  return REFUSALS.some((message) => result.includes(JSON.stringify(message).slice(1, -1))) ? "refused" : "allowed";
}

/** The build's own lists: every page and route handler, and every server action. */
export function discoverApp() {
  const dir = path.join(process.cwd(), ".next", "server");
  const appPaths = Object.keys(JSON.parse(readFileSync(path.join(dir, "app-paths-manifest.json"), "utf8")) as Record<string, string>);
  const references = JSON.parse(readFileSync(path.join(dir, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actions = new Map<string, string>();
  for (const [id, entry] of Object.entries(references.node)) actions.set(`${entry.filename}#${entry.exportedName}`, id);
  return {
    pages: appPaths.filter((p) => p.endsWith("/page") && !/^\/_(not-found|global-error)\//.test(p)),
    routes: appPaths.filter((p) => p.endsWith("/route")),
    actions,
  };
}
