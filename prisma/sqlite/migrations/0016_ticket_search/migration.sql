-- Hand-written: the full-text index of tickets for the console queue's search, one row for a
-- ticket's subject and description and one per message (internal notes included: only staff use
-- it), case- and accent-insensitive like the knowledge base's. Contentless (the text is not kept a
-- second time); only the ticket's id is stored beside the index.
-- Triggers keep it, so every way a ticket or message is written (the app, the seed, imports) is
-- indexed. Tickets and messages are never deleted or rewritten in place; a stale row would only
-- name a ticket id that no longer matches, which the queue's own query then drops.
-- Prisma does not know these objects: write later migrations with `migrate diff` between schema
-- files (as the README says), and never redefine the Ticket or TicketMessage table, which would
-- drop the triggers.
CREATE VIRTUAL TABLE "TicketFts" USING fts5(
    "text",
    "ticketId" UNINDEXED,
    content = '',
    contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "TicketFts" ("text", "ticketId") SELECT "subject" || ' ' || "description", "id" FROM "Ticket";
INSERT INTO "TicketFts" ("text", "ticketId") SELECT "body", "ticketId" FROM "TicketMessage";

CREATE TRIGGER "Ticket_fts_insert" AFTER INSERT ON "Ticket" BEGIN
    INSERT INTO "TicketFts" ("text", "ticketId") VALUES (NEW."subject" || ' ' || NEW."description", NEW."id");
END;

CREATE TRIGGER "Ticket_fts_update" AFTER UPDATE OF "subject", "description" ON "Ticket" BEGIN
    INSERT INTO "TicketFts" ("text", "ticketId") VALUES (NEW."subject" || ' ' || NEW."description", NEW."id");
END;

CREATE TRIGGER "TicketMessage_fts_insert" AFTER INSERT ON "TicketMessage" BEGIN
    INSERT INTO "TicketFts" ("text", "ticketId") VALUES (NEW."body", NEW."ticketId");
END;
