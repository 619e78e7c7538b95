import pg from "pg";
import { CHANNEL } from "@/lib/realtime/postgres";

/**
 * Records the raw NOTIFY payloads of lib/realtime's channel that contain `marker`, on a connection
 * of its own (PostgreSQL only): how tests count the NOTIFY statements a write sends.
 */
export async function recordNotifications(url: string, marker: string): Promise<{ payloads: string[]; stop: () => Promise<void> }> {
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  const payloads: string[] = [];
  listener.on("notification", (m) => {
    if (m.payload?.includes(marker)) payloads.push(m.payload);
  });
  await listener.query(`LISTEN ${CHANNEL}`);
  return { payloads, stop: () => listener.end() };
}
