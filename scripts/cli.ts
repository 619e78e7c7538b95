// Portico's admin command line: `npm run cli -- <command> [options]`.
import { parseArgs } from "node:util";
// The app's modules are loaded only once the arguments are known to be good, so a typo is
// answered at once, without opening the database.
const app = async () => ({
  ...(await import("@/lib/accounts/service")),
  ...(await import("@/lib/auth/passwords")),
  ...(await import("@/lib/db")),
  ...(await import("@/lib/i18n/messages")),
});

const USAGE = `Usage:
  npm run cli -- create-user --email E --name N --role ADMIN|AGENT|CUSTOMER [--org NAME] [--password P] [--locale en|es]
    Without --password a random password is generated and printed once.
  npm run cli -- close-resolved
    Closes the tickets resolved longer ago than the portal's auto-close setting (as the server does hourly).`;

function die(message: string): never {
  console.error(`error: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function createUserCommand(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        org: { type: "string" },
        password: { type: "string" },
        locale: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    die((error as Error).message);
  }
  if (!values.email) die("--email is required");
  if (!values.name) die("--name is required");
  if (!values.role) die("--role is required");
  if (!["ADMIN", "AGENT", "CUSTOMER"].includes(values.role)) die(`--role must be ADMIN, AGENT or CUSTOMER (got "${values.role}")`);
  if (values.locale && !["en", "es"].includes(values.locale)) die(`--locale must be en or es`);
  if (!/^[^\s@]+@[^\s@]+$/.test(values.email)) die(`--email must be an email address (got "${values.email}")`);
  const { createUser, generatePassword, messagesFor } = await app();
  const password = values.password ?? generatePassword();
  const result = await createUser(null, {
    email: values.email,
    name: values.name,
    role: values.role as "ADMIN",
    organizationName: values.org,
    locale: values.locale as "en" | undefined,
    password,
  });
  if (!result.ok) {
    const text = messagesFor("en").accounts as unknown as Record<string, string>;
    const reasons = Object.entries(result.fieldErrors ?? {}).map(([field, keys]) => `${field}: ${keys.map((k) => text[k] ?? k).join(" ")}`);
    die(`could not create the user: ${reasons.join("; ") || text[result.message]}`);
  }
  console.log(`Created ${values.role} ${result.data.email} (id ${result.data.id}).`);
  if (!values.password) console.log(`Password (shown once): ${password}`);
}

async function closeResolvedCommand(args: string[]) {
  if (args.length > 0) die(`close-resolved takes no options (got "${args.join(" ")}")`);
  const { closeResolvedAndNotify } = await import("@/lib/tickets/jobs");
  const closed = await closeResolvedAndNotify();
  // The requesters' emails are queued; the server's job runner sends them.
  await (await import("@/lib/jobs")).closeJobClients();
  console.log(closed.length ? `Closed ${closed.length} ticket(s): ${closed.join(", ")}.` : "No resolved ticket was due to close.");
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "--help" || command === "help") {
    console.log(USAGE);
    return;
  }
  if (command === "create-user") return createUserCommand(rest);
  if (command === "close-resolved") return closeResolvedCommand(rest);
  die(`unknown command "${command}"`);
}

main()
  .then(async () => (await app()).db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    process.exit(1);
  });
