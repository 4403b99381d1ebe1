import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { conflict, invalidData, notFound, PortalError, type FieldErrors } from "@mymonitor/common/lib/portal-errors"
import { addDays, swedishDateOf } from "../../lib/dates"
import { invoiceTotals, MAX_ORE } from "../../lib/money"
import { ocrReferenceFor } from "../../lib/ocr"
import { normalizeVatNumber, vatNumberIsValid } from "../../lib/vat-number"
import { CompanyBillingProfile, Invoice, InvoiceLine, InvoiceSeries } from "./models"
import type {
  BillingProfileDTO,
  BillingProfileInput,
  BuyerSnapshot,
  InvoiceDTO,
  InvoiceKind,
  InvoiceLineInput,
  InvoiceListFilters,
  InvoiceSeriesName,
  InvoiceStatus,
  InvoicingModuleOptions,
  IssueInvoiceInput,
  SellerFacts,
} from "./types"

type InvoiceRow = InferTypeOf<typeof Invoice>
type InvoiceLineRow = InferTypeOf<typeof InvoiceLine>
type BillingProfileRow = InferTypeOf<typeof CompanyBillingProfile>
type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => context.transactionManager as unknown as SqlManager

/** The vendor's demo facts: medusa-config.ts passes the real ones (INVOICE_SELLER_* in docs/environment.md). */
export const DEMO_SELLER: SellerFacts = {
  name: "Monitor ERP System AB",
  organisation_number: "555555-5555",
  vat_number: "SE555555555501",
  bankgiro: "5555-5551",
  address: ["Demovägen 1", "824 00 Hudiksvall"],
  email: "faktura@monitor.example",
  f_skatt: true,
}

const SERIES_PREFIX: Record<InvoiceSeriesName, string> = { invoice: "", credit_note: "K" }

export function sellerFactsFrom(options: InvoicingModuleOptions | undefined): SellerFacts {
  const given = options?.seller ?? {}
  const address = typeof given.address === "string" ? given.address.split(/\s*[\n|]\s*/).filter(Boolean) : given.address
  const pick = (value: string | undefined, fallback: string) => (value && value.trim() ? value.trim() : fallback)
  return {
    name: pick(given.name, DEMO_SELLER.name),
    organisation_number: pick(given.organisation_number, DEMO_SELLER.organisation_number),
    vat_number: pick(given.vat_number, DEMO_SELLER.vat_number),
    bankgiro: pick(given.bankgiro, DEMO_SELLER.bankgiro),
    address: address?.length ? address : DEMO_SELLER.address,
    email: pick(given.email, DEMO_SELLER.email),
    f_skatt: given.f_skatt ?? DEMO_SELLER.f_skatt,
  }
}

/** "unpaid" | "paid" | "overdue" | "credited", decided when read: overdue once the due date has passed in Sweden. */
export function invoiceStatus(
  invoice: Pick<InvoiceDTO, "kind" | "credited_at" | "paid_at" | "due_date">,
  now: Date = new Date()
): InvoiceStatus {
  if (invoice.kind === "credit_note" || invoice.credited_at) return "credited"
  if (invoice.paid_at) return "paid"
  return invoice.due_date < swedishDateOf(now) ? "overdue" : "unpaid"
}

const LIMITS = { description: 500, quantity: 1_000_000, reference: 200 }

/** What the service refuses before it takes a number (the routes' zod schemas say the same to a form). */
function checkIssueInput(input: IssueInvoiceInput): void {
  const fields: FieldErrors = {}
  const add = (field: string, sv: string, en: string) => (fields[field] ??= []).push({ sv, en })
  if (!input.company_id) add("company_id", "Företaget saknas.", "The company is missing.")
  if (!/^[a-z]{3}$/i.test(input.currency_code ?? "")) add("currency_code", "Ogiltig valuta.", "Invalid currency.")
  if (!(input.issued_at instanceof Date) || Number.isNaN(input.issued_at.getTime())) add("issued_at", "Ogiltigt datum.", "Invalid date.")
  if (!Number.isInteger(input.payment_terms_days) || input.payment_terms_days < 0 || input.payment_terms_days > 365) {
    add("payment_terms_days", "Betalningsvillkoret anges i hela dagar, 0–365.", "Payment terms are whole days, 0–365.")
  }
  if ((input.your_reference ?? "").length > LIMITS.reference) add("your_reference", "Högst 200 tecken.", "At most 200 characters.")
  if (!input.buyer?.company_name) add("buyer.company_name", "Köparens namn saknas.", "The buyer's name is missing.")
  if (!Array.isArray(input.lines) || !input.lines.length)
    add("lines", "Fakturan behöver minst en rad.", "An invoice needs at least one line.")
  ;(input.lines ?? []).forEach((line, i) => {
    if (typeof line.description !== "string" || !line.description.trim() || line.description.length > LIMITS.description) {
      add(`lines.${i}.description`, "Ange en beskrivning (högst 500 tecken).", "Give a description (at most 500 characters).")
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > LIMITS.quantity) {
      add(`lines.${i}.quantity`, "Antalet anges i hela enheter.", "The quantity is whole units.")
    }
    if (!Number.isSafeInteger(line.unit_price) || Math.abs(line.unit_price) > MAX_ORE) {
      add(`lines.${i}.unit_price`, "À-priset anges i hela ören.", "The unit price is whole öre.")
    }
    if (!Number.isInteger(line.tax_rate) || line.tax_rate < 0 || line.tax_rate > 100) {
      add(`lines.${i}.tax_rate`, "Momssatsen anges i hela procent.", "The VAT rate is whole percent.")
    }
  })
  if (!Object.keys(fields).length) {
    const totals = invoiceTotals(input.lines)
    if (Math.abs(totals.total) > MAX_ORE || totals.lines.some((line) => Math.abs(line.subtotal) > MAX_ORE)) {
      add("lines", "Beloppet är för stort för en faktura.", "The amount is too large for one invoice.")
    }
  }
  if (Object.keys(fields).length) throw invalidData(fields)
}

const isUniqueViolation = (error: unknown, index: string) =>
  /duplicate key|unique constraint|already exists/i.test(String((error as Error | undefined)?.message)) &&
  String((error as Error | undefined)?.message).includes(index)

export const INVOICE_NOT_FOUND = { sv: "Fakturan finns inte.", en: "The invoice does not exist." }

class InvoicingModuleService extends MedusaService({ CompanyBillingProfile, InvoiceSeries, Invoice, InvoiceLine }) {
  protected readonly seller_: SellerFacts

  constructor(container: Record<string, unknown>, options?: InvoicingModuleOptions) {
    super(container, options)
    this.seller_ = sellerFactsFrom(options)
  }

  /** The seller facts this module prints on invoices. */
  sellerFacts(): SellerFacts {
    return { ...this.seller_, address: [...this.seller_.address] }
  }

  invoiceStatus(invoice: Pick<InvoiceDTO, "kind" | "credited_at" | "paid_at" | "due_date">, now: Date = new Date()): InvoiceStatus {
    return invoiceStatus(invoice, now)
  }

  // ---- number series ------------------------------------------------------------

  /**
   * Takes the next number of a series inside the caller's transaction. The UPDATE
   * locks the series row until that transaction ends: concurrent issuers queue, and a
   * rollback gives the number back. The row is created on first use.
   */
  protected async allocateNumber(series: InvoiceSeriesName, sharedContext: Context): Promise<number> {
    const sql = sqlOf(sharedContext)
    await sql.execute(
      `INSERT INTO "invoice_series" ("id", "series", "next_number", "prefix")
       VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING`,
      [`invser_${series}`, series, SERIES_PREFIX[series]]
    )
    const [row] = await sql.execute<{ number: number | string }>(
      `UPDATE "invoice_series" SET "next_number" = "next_number" + 1, "updated_at" = now()
        WHERE "series" = ? RETURNING "next_number" - 1 AS "number"`,
      [series]
    )
    return Number(row.number)
  }

  // ---- issuing ----------------------------------------------------------------------

  /**
   * Issues an invoice: the next number of the `invoice` series, the invoice and its
   * lines in one transaction. Idempotent per order: an order that has an invoice gets
   * that one back, also when two calls race (the unique index decides, the loser's
   * transaction — and its number — rolls back).
   */
  async issueInvoice(input: IssueInvoiceInput): Promise<InvoiceDTO> {
    checkIssueInput(input)
    if (input.order_id) {
      const existing = await this.invoiceForOrder(input.order_id)
      if (existing) return existing
    }
    try {
      const id = await this.insertInvoice_(input)
      return await this.retrieveInvoiceDTO(id)
    } catch (error) {
      if (input.order_id && isUniqueViolation(error, "order_id")) {
        const existing = await this.invoiceForOrder(input.order_id)
        if (existing) return existing
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async insertInvoice_(input: IssueInvoiceInput, @MedusaContext() sharedContext: Context = {}): Promise<string> {
    const number = await this.allocateNumber("invoice", sharedContext)
    const issueDate = swedishDateOf(input.issued_at)
    return this.insertDocument_(
      {
        series: "invoice",
        kind: "invoice",
        number,
        credited_invoice_id: null,
        order_id: input.order_id ?? null,
        company_id: input.company_id,
        currency_code: input.currency_code.toLowerCase(),
        issue_date: issueDate,
        due_date: addDays(issueDate, input.payment_terms_days),
        your_reference: input.your_reference?.trim() || null,
        buyer: input.buyer,
        ocr: ocrReferenceFor(number),
        recurring: input.recurring ?? false,
      },
      input.lines,
      sharedContext
    )
  }

  protected async insertDocument_(
    head: {
      series: InvoiceSeriesName
      kind: InvoiceKind
      number: number
      credited_invoice_id: string | null
      order_id: string | null
      company_id: string
      currency_code: string
      issue_date: string
      due_date: string
      your_reference: string | null
      buyer: BuyerSnapshot
      ocr: string | null
      recurring: boolean
    },
    lines: InvoiceLineInput[],
    sharedContext: Context
  ): Promise<string> {
    const totals = invoiceTotals(lines)
    const invoice = await this.createInvoices(
      {
        ...head,
        buyer: head.buyer as unknown as Record<string, unknown>,
        seller: this.sellerFacts() as unknown as Record<string, unknown>,
        subtotal: totals.subtotal,
        tax_total: totals.tax_total,
        total: totals.total,
      },
      sharedContext
    )
    await this.createInvoiceLines(
      lines.map((line, position) => ({
        invoice_id: invoice.id,
        position,
        description: line.description.trim(),
        quantity: line.quantity,
        unit_price: line.unit_price,
        tax_rate: line.tax_rate,
        subtotal: totals.lines[position].subtotal,
        tax: totals.lines[position].tax,
      })),
      sharedContext
    )
    return invoice.id
  }

  /**
   * A full credit note for an invoice, once: the next number of the `credit_note`
   * series, the invoice's lines with negated prices, and the invoice marked credited,
   * in one transaction. A second call for the same invoice is a conflict.
   */
  async creditInvoice(invoiceId: string, input: { by: string; reason: string; issued_at?: Date }): Promise<InvoiceDTO> {
    const reason = input.reason?.trim()
    if (!reason || reason.length > 1000) {
      throw invalidData({ reason: [{ sv: "Ange en anledning (högst 1000 tecken).", en: "Give a reason (at most 1000 characters)." }] })
    }
    try {
      const id = await this.creditInvoice_(invoiceId, { ...input, reason })
      return await this.retrieveInvoiceDTO(id)
    } catch (error) {
      if (isUniqueViolation(error, "credited_invoice_id")) throw alreadyCredited()
      throw error
    }
  }

  @InjectTransactionManager()
  protected async creditInvoice_(
    invoiceId: string,
    input: { by: string; reason: string; issued_at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    const sql = sqlOf(sharedContext)
    const [marked] = await sql.execute<{ id: string }>(
      `UPDATE "invoice" SET "credited_at" = now(), "credited_by" = ?, "credit_reason" = ?, "updated_at" = now()
        WHERE "id" = ? AND "kind" = 'invoice' AND "credited_at" IS NULL AND "deleted_at" IS NULL RETURNING "id"`,
      [input.by, input.reason, invoiceId]
    )
    if (!marked) {
      const [invoice] = await this.listInvoices({ id: invoiceId }, { take: 1 }, sharedContext)
      if (!invoice) throw notFound(INVOICE_NOT_FOUND)
      if (invoice.kind === "credit_note") {
        throw new PortalError(400, "not_creditable", {
          sv: "En kreditfaktura kan inte krediteras.",
          en: "A credit note cannot be credited.",
        })
      }
      throw alreadyCredited()
    }
    const [original] = await this.listInvoices({ id: invoiceId }, { take: 1, relations: ["lines"] }, sharedContext)
    const number = await this.allocateNumber("credit_note", sharedContext)
    const issueDate = swedishDateOf(input.issued_at ?? new Date())
    const lines = [...(original.lines as InvoiceLineRow[])]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({ description: line.description, quantity: line.quantity, unit_price: -line.unit_price, tax_rate: line.tax_rate }))
    return this.insertDocument_(
      {
        series: "credit_note",
        kind: "credit_note",
        number,
        credited_invoice_id: original.id,
        order_id: original.order_id,
        company_id: original.company_id,
        currency_code: original.currency_code,
        issue_date: issueDate,
        due_date: issueDate,
        your_reference: original.your_reference,
        buyer: original.buyer as unknown as BuyerSnapshot,
        ocr: null,
        recurring: original.recurring,
      },
      lines,
      sharedContext
    )
  }

  /**
   * Records the payment of an invoice. Paying a paid invoice again changes nothing and
   * answers it as it is; a credited invoice or a credit note cannot be paid.
   */
  @InjectTransactionManager()
  async markPaid(invoiceId: string, input: { by: string; paid_at?: Date }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const sql = sqlOf(sharedContext)
    const [marked] = await sql.execute<{ id: string }>(
      `UPDATE "invoice" SET "paid_at" = ?, "paid_by" = ?, "updated_at" = now()
        WHERE "id" = ? AND "kind" = 'invoice' AND "credited_at" IS NULL AND "paid_at" IS NULL AND "deleted_at" IS NULL RETURNING "id"`,
      [input.paid_at ?? new Date(), input.by, invoiceId]
    )
    if (marked) return
    const [invoice] = await this.listInvoices({ id: invoiceId }, { take: 1 }, sharedContext)
    if (!invoice) throw notFound(INVOICE_NOT_FOUND)
    if (invoice.paid_at) return
    if (invoice.kind === "credit_note") {
      throw new PortalError(400, "not_payable", { sv: "En kreditfaktura betalas inte.", en: "A credit note is not paid." })
    }
    throw conflict("invoice_credited", { sv: "Fakturan är krediterad.", en: "The invoice has been credited." })
  }

  /** An invoice is never deleted: a credit note undoes it. The generated delete methods refuse. */
  override deleteInvoices = async (..._ids: unknown[]): Promise<void> => {
    throw neverDeleted()
  }

  override softDeleteInvoices = async (..._ids: unknown[]): Promise<Record<string, string[]> | void> => {
    throw neverDeleted()
  }

  override deleteInvoiceLines = async (..._ids: unknown[]): Promise<void> => {
    throw neverDeleted()
  }

  override softDeleteInvoiceLines = async (..._ids: unknown[]): Promise<Record<string, string[]> | void> => {
    throw neverDeleted()
  }

  /** Remembers where the invoice's PDF is stored (File Module id). */
  async setPdfFile(invoiceId: string, fileId: string | null): Promise<void> {
    await this.updateInvoices({ id: invoiceId, pdf_file_id: fileId })
  }

  // ---- reading ----------------------------------------------------------------------

  @InjectManager()
  async invoiceForOrder(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<InvoiceDTO | null> {
    const [row] = await this.listInvoices({ order_id: orderId, kind: "invoice" }, { take: 1, relations: ["lines"] }, sharedContext)
    return row ? toInvoiceDTO(row) : null
  }

  /** One invoice with its lines; 404 (PortalError) when there is none, or when it belongs to another company than `companyId`. */
  @InjectManager()
  async retrieveInvoiceDTO(invoiceId: string, companyId?: string, @MedusaContext() sharedContext: Context = {}): Promise<InvoiceDTO> {
    const filters: Record<string, string> = { id: invoiceId }
    if (companyId !== undefined) filters.company_id = companyId
    const [row] = await this.listInvoices(filters, { take: 1, relations: ["lines"] }, sharedContext)
    if (!row) throw notFound(INVOICE_NOT_FOUND)
    return toInvoiceDTO(row)
  }

  /** Invoices newest first, filtered by company, kind, order and status (status decided at `now`); without lines. */
  @InjectManager()
  async listInvoiceDTOs(
    filters: InvoiceListFilters,
    page: { limit: number; offset: number },
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[InvoiceDTO[], number]> {
    const where: Record<string, unknown> = {}
    if (filters.company_id !== undefined) where.company_id = filters.company_id
    if (filters.order_id) where.order_id = filters.order_id
    if (filters.kind) where.kind = filters.kind
    const today = swedishDateOf(now)
    // A credit note is only ever "credited".
    if (filters.kind === "credit_note" && filters.status && filters.status !== "credited") return [[], 0]
    switch (filters.status) {
      case "credited":
        where.$or = [{ kind: "credit_note" }, { credited_at: { $ne: null } }]
        break
      case "paid":
        Object.assign(where, { kind: "invoice", credited_at: null, paid_at: { $ne: null } })
        break
      case "unpaid":
      case "overdue":
        Object.assign(where, {
          kind: "invoice",
          credited_at: null,
          paid_at: null,
          due_date: filters.status === "overdue" ? { $lt: today } : { $gte: today },
        })
        break
    }
    const [rows, count] = await this.listAndCountInvoices(
      where,
      { skip: page.offset, take: page.limit, order: { issue_date: "DESC", created_at: "DESC", id: "DESC" } },
      sharedContext
    )
    return [rows.map((row) => toInvoiceDTO(row)), count]
  }

  // ---- billing profiles ---------------------------------------------------------------

  async billingProfileOf(companyId: string): Promise<BillingProfileDTO | null> {
    const [profile] = await this.listCompanyBillingProfiles({ company_id: companyId }, { take: 1 })
    return profile ? toBillingProfileDTO(profile) : null
  }

  /** Creates or replaces the company's billing profile (validated: VAT number, e-mail, terms). */
  @InjectTransactionManager()
  async upsertBillingProfile(
    companyId: string,
    data: BillingProfileInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BillingProfileDTO> {
    const values = checkBillingProfile(data)
    const [profile] = await this.listCompanyBillingProfiles({ company_id: companyId }, { take: 1 }, sharedContext)
    const saved = profile
      ? await this.updateCompanyBillingProfiles({ id: profile.id, ...values }, sharedContext)
      : await this.createCompanyBillingProfiles({ company_id: companyId, ...values }, sharedContext)
    return toBillingProfileDTO(saved)
  }
}

const neverDeleted = () =>
  new PortalError(400, "invoice_not_deletable", {
    sv: "En faktura tas aldrig bort; kreditera den i stället.",
    en: "An invoice is never deleted; credit it instead.",
  })

const alreadyCredited = () =>
  conflict("invoice_credited", { sv: "Fakturan är redan krediterad.", en: "The invoice has already been credited." })

const nullable = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null)

function checkBillingProfile(data: BillingProfileInput): Required<BillingProfileInput> {
  const fields: FieldErrors = {}
  const add = (field: string, sv: string, en: string) => (fields[field] ??= []).push({ sv, en })
  const required = (field: "name" | "address_line_1" | "postal_code" | "city") => {
    const value = typeof data[field] === "string" ? data[field].trim() : ""
    if (!value || value.length > 200)
      add(field, "Fältet behöver fyllas i (högst 200 tecken).", "The field is required (at most 200 characters).")
    return value
  }
  const vat = nullable(data.vat_number)
  if (vat && !vatNumberIsValid(vat)) {
    add("vat_number", "Ange momsregistreringsnumret som SE + 12 siffror.", "Give the VAT number as SE + 12 digits.")
  }
  const email = (data.invoice_email ?? "").trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    add("invoice_email", "Ogiltig e-postadress.", "Invalid e-mail address.")
  const terms = data.payment_terms_days ?? 30
  if (!Number.isInteger(terms) || terms < 0 || terms > 365) {
    add("payment_terms_days", "Betalningsvillkoret anges i hela dagar, 0–365.", "Payment terms are whole days, 0–365.")
  }
  const country = (data.country_code ?? "se").trim().toLowerCase()
  if (!/^[a-z]{2}$/.test(country)) add("country_code", "Ange landskoden med två bokstäver.", "Give the two-letter country code.")
  const values = {
    name: required("name"),
    attention: nullable(data.attention),
    address_line_1: required("address_line_1"),
    address_line_2: nullable(data.address_line_2),
    postal_code: required("postal_code"),
    city: required("city"),
    country_code: country,
    vat_number: vat ? normalizeVatNumber(vat) : null,
    invoice_email: email,
    payment_terms_days: terms,
  }
  if (Object.keys(fields).length) throw invalidData(fields)
  return values
}

export function toBillingProfileDTO(row: BillingProfileRow): BillingProfileDTO {
  return {
    id: row.id,
    company_id: row.company_id,
    name: row.name,
    attention: row.attention,
    address_line_1: row.address_line_1,
    address_line_2: row.address_line_2,
    postal_code: row.postal_code,
    city: row.city,
    country_code: row.country_code,
    vat_number: row.vat_number,
    invoice_email: row.invoice_email,
    payment_terms_days: row.payment_terms_days,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export function toInvoiceDTO(row: InvoiceRow): InvoiceDTO {
  const lines = ((row.lines as InvoiceLineRow[] | undefined) ?? [])
    .map((line) => ({
      id: line.id,
      position: line.position,
      description: line.description,
      quantity: line.quantity,
      unit_price: line.unit_price,
      tax_rate: line.tax_rate,
      subtotal: line.subtotal,
      tax: line.tax,
    }))
    .sort((a, b) => a.position - b.position)
  return {
    id: row.id,
    series: row.series,
    number: row.number,
    display_number: `${SERIES_PREFIX[row.series]}${row.number}`,
    kind: row.kind,
    credited_invoice_id: row.credited_invoice_id,
    order_id: row.order_id,
    company_id: row.company_id,
    currency_code: row.currency_code,
    issue_date: row.issue_date,
    due_date: row.due_date,
    your_reference: row.your_reference,
    buyer: row.buyer as unknown as BuyerSnapshot,
    seller: row.seller as unknown as SellerFacts,
    subtotal: row.subtotal,
    tax_total: row.tax_total,
    total: row.total,
    tax_by_rate: lines.length ? invoiceTotals(lines).by_rate : [],
    ocr: row.ocr,
    paid_at: row.paid_at,
    paid_by: row.paid_by,
    credited_at: row.credited_at,
    credit_reason: row.credit_reason,
    credited_by: row.credited_by,
    pdf_file_id: row.pdf_file_id,
    recurring: row.recurring,
    created_at: row.created_at,
    lines,
  }
}

export default InvoicingModuleService
