import type { Core } from "@strapi/strapi"

/** Ticket numbers come from a PostgreSQL sequence: unique and gap-tolerant under concurrency. */
export const TICKET_NUMBER_SEQUENCE = "support_ticket_number_seq"
const FIRST_NUMBER = 10001

/** Create the sequence (idempotent) and move it past any number already used. Bootstrap. */
export const ensureTicketNumberSequence = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection
  await knex.raw(`CREATE SEQUENCE IF NOT EXISTS ${TICKET_NUMBER_SEQUENCE} START WITH ${FIRST_NUMBER}`)
  const { rows } = await knex.raw(`SELECT COALESCE(MAX(number), 0) AS max FROM support_tickets`)
  const max = Number(rows[0].max)
  if (max >= FIRST_NUMBER) {
    await knex.raw(`SELECT setval(?, GREATEST(?, (SELECT last_value FROM ${TICKET_NUMBER_SEQUENCE})))`, [TICKET_NUMBER_SEQUENCE, max])
  }
}

export const nextTicketNumber = async (strapi: Core.Strapi): Promise<number> => {
  const { rows } = await strapi.db.connection.raw(`SELECT nextval(?) AS n`, [TICKET_NUMBER_SEQUENCE])
  return Number(rows[0].n)
}
