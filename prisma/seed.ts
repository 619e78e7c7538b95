// `npm run db:seed` (and `npm start`, on every start): loads the demo data into an empty database.
import { db } from "@/lib/db";
import { closeJobClients } from "@/lib/jobs";
import { indexMissingStems } from "@/lib/kb/search";
import { DEMO_ACCOUNTS, seedDemo } from "./demo-data";

async function main() {
  const stemmed = await indexMissingStems();
  if (stemmed > 0) console.log(`Knowledge base: word stems indexed for ${stemmed} article(s).`);
  const users = await db.user.count();
  if (users > 0) {
    console.log("The database already has users; demo data not loaded.");
    return;
  }
  await seedDemo();
  console.log("Demo data loaded. Demo accounts (change or delete them before real use):");
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email.padEnd(22)} ${a.password}`);
}

// The demo tickets queue email jobs: on PostgreSQL that opened pg-boss, which must let the script end.
main()
  .then(() => closeJobClients())
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
