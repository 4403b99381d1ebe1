/**
 * The portal API (custom content-API routes, token `medusa-backend` only). Handlers are thin: parse,
 * call the portal services, answer. Output is built field by field from the contract's shapes
 * (tickets-model.ts), so nothing else of an entity (internal notes, e-mails, keys) can leak.
 */
import fs from "fs"
import type { Core } from "@strapi/strapi"
import { PortalError } from "../../../lib/portal-errors"
import { privateFilePath } from "../../../lib/private-upload"
import {
  incomingFiles,
  parseAgreementList,
  parseCompanies,
  parseCompanyUpsert,
  parseCreate,
  parseDataField,
  parseReply,
  parseStatusChange,
  parseTicketList,
} from "../../../lib/portal-input"
import { getIntegrationSettings } from "../../../env-check"

/* eslint-disable @typescript-eslint/no-explicit-any -- koa context and service registry are untyped */
type Ctx = any

const handle = (fn: (ctx: Ctx, strapi: Core.Strapi) => Promise<void>) => (strapi: Core.Strapi) => async (ctx: Ctx) => {
  try {
    await fn(ctx, strapi)
  } catch (error) {
    if (!(error instanceof PortalError)) throw error
    ctx.status = error.status
    ctx.body = error.body()
  }
}

const svc = (strapi: Core.Strapi, name: string): any => strapi.service(`api::portal.${name}` as any)
/* eslint-enable @typescript-eslint/no-explicit-any */

const actions = {
  upsertCompany: handle(async (ctx, strapi) => {
    const input = parseCompanyUpsert(String(ctx.params.medusaId), parseDataField(ctx.request.body))
    ctx.body = { data: await svc(strapi, "companies").upsert(input.medusaId, input.name, input.orgNumber) }
  }),

  listTickets: handle(async (ctx, strapi) => {
    const query = parseTicketList(ctx.query)
    const { data, total } = await svc(strapi, "tickets").list(query)
    ctx.body = { data, meta: { page: query.page, pageSize: query.pageSize, total } }
  }),

  createTicket: handle(async (ctx, strapi) => {
    const input = parseCreate(parseDataField(ctx.request.body))
    const { created, detail } = await svc(strapi, "ticket-writes").create(input, incomingFiles(ctx.request.files))
    ctx.status = created ? 201 : 200
    ctx.body = { data: detail }
  }),

  getTicket: handle(async (ctx, strapi) => {
    ctx.body = { data: await svc(strapi, "tickets").detail(String(ctx.params.id), parseCompanies(ctx.query.companies)) }
  }),

  reply: handle(async (ctx, strapi) => {
    const input = parseReply(parseDataField(ctx.request.body))
    const files = incomingFiles(ctx.request.files)
    ctx.status = 201
    ctx.body = { data: await svc(strapi, "ticket-writes").reply(String(ctx.params.id), input.companies, input.body, input.author, files) }
  }),

  setStatus: handle(async (ctx, strapi) => {
    const input = parseStatusChange(parseDataField(ctx.request.body))
    ctx.body = { data: await svc(strapi, "ticket-writes").setStatus(String(ctx.params.id), input.companies, input.action, input.author) }
  }),

  file: handle(async (ctx, strapi) => {
    const file = await svc(strapi, "attachments").fileForCompanies(Number(ctx.params.fileId), parseCompanies(ctx.query.companies))
    const full = privateFilePath(getIntegrationSettings(strapi.dirs.app.root).privateUploadsDir, file)
    if (!full) throw new PortalError(404, "not_found", "Not Found")
    ctx.set("Cache-Control", "no-store")
    ctx.set("X-Content-Type-Options", "nosniff")
    ctx.set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    ctx.type = file.mime || "application/octet-stream"
    ctx.length = fs.statSync(full).size
    ctx.body = fs.createReadStream(full)
  }),

  listAgreements: handle(async (ctx, strapi) => {
    const query = parseAgreementList(ctx.query)
    const { data, total } = await svc(strapi, "agreements").list(query)
    ctx.body = { data, meta: { page: query.page, pageSize: query.pageSize, total } }
  }),

  overview: handle(async (ctx, strapi) => {
    const support = parseCompanies(ctx.query.supportCompanies ?? "", "supportCompanies")
    const agreements = parseCompanies(ctx.query.agreementCompanies ?? "", "agreementCompanies")
    ctx.body = { data: await svc(strapi, "agreements").overview(support, agreements) }
  }),
}

export default ({ strapi }: { strapi: Core.Strapi }) =>
  Object.fromEntries(Object.entries(actions).map(([name, make]) => [name, make(strapi)])) as Record<
    keyof typeof actions,
    (ctx: Ctx) => Promise<void>
  >
