// The Spanish catalogue; it must have every key the English one has (a unit test checks).
import common from "./common.json";
import auth from "./auth.json";
import portal from "./portal.json";
import tickets from "./tickets.json";
import admin from "./admin.json";
import accounts from "./accounts.json";
import email from "./email.json";
import account from "./account.json";
import kb from "./kb.json";
import sso from "./sso.json";
import desk from "./desk.json";
import kbImages from "./kbImages.json";
import requestTypes from "./requestTypes.json";
import queue from "./queue.json";
import organizations from "./organizations.json";
import portalSettings from "./portalSettings.json";
import look from "./look.json";
import branding from "./branding.json";
import announcements from "./announcements.json";
import ticketChoice from "./ticketChoice.json";
import passwordHelp from "./passwordHelp.json";
import jobs from "./jobs.json";

const messages = { common, auth, portal, tickets, admin, accounts, email, account, kb, sso, desk, kbImages, requestTypes, queue, organizations, portalSettings, look, branding, announcements, ticketChoice, passwordHelp, jobs };
export default messages;
