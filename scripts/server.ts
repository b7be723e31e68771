// The web server of `npm start`: Next.js (production build) behind the front cache of the
// public pages (lib/cache/front.ts). PORT and HOSTNAME as for `next start`;
// PLENARY_FRONT_CACHE=off passes every request to Next.
import { createServer } from "node:http";
import next from "next";
import { createFrontCache } from "../lib/cache/front";
import { ROOT } from "./lib/proc";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME || "0.0.0.0";
  const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const front = process.env.PLENARY_FRONT_CACHE === "off" ? null : createFrontCache({ port });
  const server = createServer((req, res) => {
    if (front && !front.isFill(req) && front.handle(req, res)) return;
    void handle(req, res);
  });
  // Idle connections are kept 65 s (Node's default is 5 s): longer than a load balancer's or a
  // client's own idle timeout, so a request is never sent on a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${front ? " (front cache on)" : ""}`));
  const stop = () => {
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => {
  console.error("[plenary] the web server could not start:", e);
  process.exit(1);
});
