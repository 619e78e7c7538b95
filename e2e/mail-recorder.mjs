// A stand-in for Resend's HTTP API for the browser tests: the app sends real API requests here
// (RESEND_BASE_URL), and the tests read what arrived from GET /recorded?to=<address>.
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";

const port = Number(process.env.MAIL_RECORDER_PORT ?? 3150);
const received = [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
  if (req.method === "POST" && url.pathname === "/emails") {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const id = randomUUID();
      received.push({ id, at: Date.now(), authorization: req.headers.authorization ?? null, ...JSON.parse(body) });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
    });
    return;
  }
  if (req.method === "GET" && url.pathname === "/recorded") {
    const to = url.searchParams.get("to");
    const mails = received.filter((m) => !to || [m.to].flat().includes(to));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(mails));
    return;
  }
  if (url.pathname === "/health") return void res.writeHead(200).end("ok");
  res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "not found" }));
});

server.listen(port, "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
