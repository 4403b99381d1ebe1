// Tickets at scale, written straight into Strapi's table in one SQL statement (not through REST):
// the list's scale test (tests/portal-list-scale.test.ts) and `npm run bench` (pair 7) both seed with it.
const { Client } = require("pg")

/**
 * `total` tickets spread evenly over `companies` (Medusa ids), every fifth one closed, one a minute
 * back in time, numbered from 100001; then ANALYZE so the planner sees them. Strapi must have
 * created its tables, and the companies must be in Strapi (PUT /api/portal/companies/:medusaId).
 * @param {{ databaseUrl: string, companies: string[], total?: number }} options
 */
async function seedScaleTickets({ databaseUrl, companies, total = 50000 }) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `INSERT INTO support_tickets (document_id, number, subject, description, category, priority, ticket_status, company_key,
         created_by_name, last_activity_at, created_at, updated_at)
       SELECT md5(g::text), 100000 + g, 'Ärende ' || g, 'Beskrivning av ärende ' || g, 'other', 'normal',
         (ARRAY['new','in_progress','waiting_for_customer','resolved','closed'])[1 + g % 5],
         ($1::text[])[1 + g % cardinality($1::text[])],
         'Anna', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now()
       FROM generate_series(1, $2::int) g`,
      [companies, total]
    )
    await client.query("ANALYZE support_tickets")
  } finally {
    await client.end()
  }
}

module.exports = { seedScaleTickets }
