/**
 * Ticket counts per company and status, kept by PostgreSQL itself, so that a list's total (and
 * Översikt's open tickets) over many companies costs a few rows instead of counting every ticket:
 * a user in 20 companies with 50,000 tickets would otherwise scan all 50,000 on every page.
 *
 * `support_ticket_counts` is not a content type (Strapi ignores tables it does not track). Statement
 * triggers on `support_tickets` apply each INSERT, UPDATE, DELETE and TRUNCATE in the same
 * transaction, whoever writes (the query engine, the admin, raw SQL such as the scale seeder), so
 * the counts are exact; the bootstrap recounts them from the tickets once, under a write lock.
 */
import type { Core } from "@strapi/strapi"

export const COUNTS_TABLE = "support_ticket_counts"
const APPLY_FUNCTION = "support_ticket_counts_apply"

type Knex = Core.Strapi["db"]["connection"]

// One row per (company, status); a NULL status is a key of its own (NULLS NOT DISTINCT, PostgreSQL 15+),
// as a ticket without company_key is counted nowhere — exactly what `company_key = ANY(…)` finds.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${COUNTS_TABLE} (
  company_key varchar(255) NOT NULL,
  ticket_status varchar(255),
  tickets integer NOT NULL,
  CONSTRAINT ${COUNTS_TABLE}_key UNIQUE NULLS NOT DISTINCT (company_key, ticket_status)
)`

// Rows are upserted in key order so that concurrent statements take the counter rows' locks in one order.
const upsert = (deltas: string) => `INSERT INTO ${COUNTS_TABLE} AS s (company_key, ticket_status, tickets)
      SELECT company_key, ticket_status, SUM(delta) FROM (${deltas}) d
      WHERE company_key IS NOT NULL GROUP BY company_key, ticket_status HAVING SUM(delta) <> 0
      ORDER BY company_key, ticket_status
      ON CONFLICT (company_key, ticket_status) DO UPDATE SET tickets = s.tickets + EXCLUDED.tickets`

// Each branch names only the transition tables its event has (PL/pgSQL plans a statement when it first runs).
// An UPDATE that changes neither company nor status nets to zero and writes nothing.
const CREATE_FUNCTION = `CREATE OR REPLACE FUNCTION ${APPLY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${upsert("SELECT company_key, ticket_status, 1 AS delta FROM new_rows")};
  ELSIF TG_OP = 'UPDATE' THEN
    ${upsert("SELECT company_key, ticket_status, 1 AS delta FROM new_rows UNION ALL SELECT company_key, ticket_status, -1 FROM old_rows")};
  ELSIF TG_OP = 'DELETE' THEN
    ${upsert("SELECT company_key, ticket_status, -1 AS delta FROM old_rows")};
  ELSE
    DELETE FROM ${COUNTS_TABLE};
  END IF;
  RETURN NULL;
END
$fn$`

const TRIGGERS: [name: string, definition: string][] = [
  ["support_tickets_counts_insert", "AFTER INSERT ON support_tickets REFERENCING NEW TABLE AS new_rows"],
  ["support_tickets_counts_update", "AFTER UPDATE ON support_tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"],
  ["support_tickets_counts_delete", "AFTER DELETE ON support_tickets REFERENCING OLD TABLE AS old_rows"],
  ["support_tickets_counts_truncate", "AFTER TRUNCATE ON support_tickets"],
]

/**
 * The counts table, its function and triggers (idempotent), and the counts recounted from the
 * tickets, so they are right even after the tickets were written without the triggers (a restore).
 * Bootstrap, after Strapi has created `support_tickets`. Writes to the tickets wait meanwhile
 * (reads do not; some 20 ms per 50,000 tickets); two instances booting at once take turns.
 */
export const ensureTicketCounts = async (strapi: Core.Strapi) => {
  await strapi.db.connection.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(hashtext(?))`, [COUNTS_TABLE])
    await trx.raw(`LOCK TABLE support_tickets IN SHARE ROW EXCLUSIVE MODE`)
    await trx.raw(CREATE_TABLE)
    await trx.raw(CREATE_FUNCTION)
    for (const [name, definition] of TRIGGERS) {
      await trx.raw(`CREATE OR REPLACE TRIGGER ${name} ${definition} FOR EACH STATEMENT EXECUTE FUNCTION ${APPLY_FUNCTION}()`)
    }
    await trx.raw(`DELETE FROM ${COUNTS_TABLE}`)
    await trx.raw(
      `INSERT INTO ${COUNTS_TABLE} (company_key, ticket_status, tickets)
       SELECT company_key, ticket_status, COUNT(*) FROM support_tickets WHERE company_key IS NOT NULL GROUP BY company_key, ticket_status`
    )
  })
}

/**
 * How many tickets the companies have, all or with one status, or `open` (every status but
 * closed): the same rows as `company_key = ANY(companies)` and the list's status filter find.
 */
export const countTickets = async (knex: Knex, companies: string[], status?: string): Promise<number> => {
  if (companies.length === 0) return 0
  const where = ["company_key = ANY(?)"]
  const params: unknown[] = [companies]
  if (status === "open") where.push("ticket_status <> 'closed'")
  else if (status) {
    where.push("ticket_status = ?")
    params.push(status)
  }
  const { rows } = await knex.raw(
    `SELECT COALESCE(SUM(tickets), 0)::int AS total FROM ${COUNTS_TABLE} WHERE ${where.join(" AND ")}`,
    params
  )
  return rows[0].total
}
