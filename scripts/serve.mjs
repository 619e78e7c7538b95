// Serves Portico: Next.js in this process, behind a plain HTTP server that appends each
// connection's socket address to X-Forwarded-For, as a proxy does. The sign-in and reset throttles
// read that header from the right (lib/auth/client-ip.ts), so a client cannot choose the address
// they count; `next start` keeps a client's own X-Forwarded-For instead. Started by start.mjs and
// e2e-server.mjs. Usage: node scripts/serve.mjs [--dev] [-H host] [-p port]
import { createServer } from "node:http";

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dev = process.argv.includes("--dev");
const hostname = argument("-H");
const port = Number(argument("-p") ?? process.env.PORT ?? 3000);
// As `next start` and `next dev` do; set before Next is loaded, which reads it.
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");

const app = next({ dev, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "";
  const forwarded = request.headers["x-forwarded-for"];
  const prior = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
  handle(request, response);
});
if (dev) server.on("upgrade", (request, socket, head) => app.getUpgradeHandler()(request, socket, head));
server.listen(port, hostname, () => console.log(`> Ready on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
