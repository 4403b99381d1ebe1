import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from ".."
import { renderInvoicePdf } from "../../../lib/invoice-pdf"
import { ocrIsValid } from "../../../lib/ocr"
import { CompanyBillingProfile, Invoice, InvoiceLine, InvoiceSeries } from "../models"
import InvoicingModuleService from "../service"
import type { BuyerSnapshot, IssueInvoiceInput } from "../types"

// pdf-parse v2 ships CommonJS with its own types; the test only needs getText().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PDFParse } = require("pdf-parse") as { PDFParse: new (options: { data: Buffer }) => { getText(): Promise<{ text: string }> } }

jest.setTimeout(120_000)

const SELLER = {
  name: "Monitor ERP System AB",
  organisation_number: "556000-0001",
  vat_number: "SE556000000101",
  bankgiro: "123-4567",
  address: "Box 1 | 820 00 Hudiksvall",
  email: "faktura@test.example",
}

const BUYER: BuyerSnapshot = {
  company_name: "Kund AB",
  organisation_number: "556036-0793",
  customer_number: "10042",
  vat_number: "SE556036079301",
  address: {
    name: "Kund AB",
    attention: "Ekonomiavdelningen",
    address_line_1: "Storgatan 1",
    address_line_2: null,
    postal_code: "111 22",
    city: "Stockholm",
    country_code: "se",
  },
  invoice_email: "faktura@kund.example",
}

const issued = (overrides: Partial<IssueInvoiceInput> = {}): IssueInvoiceInput => ({
  company_id: "comp_test",
  currency_code: "sek",
  issued_at: new Date("2026-12-04T10:00:00Z"),
  your_reference: "Anna Andersson",
  buyer: BUYER,
  payment_terms_days: 30,
  lines: [{ description: "Monitor ERP licens", quantity: 2, unit_price: 125_000, tax_rate: 25 }],
  ...overrides,
})

moduleIntegrationTestRunner<InvoicingModuleService>({
  moduleName: INVOICING_MODULE,
  moduleModels: [CompanyBillingProfile, InvoiceSeries, Invoice, InvoiceLine],
  moduleOptions: { seller: SELLER },
  resolve: "./src/modules/invoicing",
  testSuite: ({ service }) => {
    describe("issueInvoice", () => {
      it("numbers 100 concurrent invoices 1..100 without a gap, also when one fails mid-transaction", async () => {
        const calls = Array.from({ length: 100 }, (_, i) =>
          service.issueInvoice(issued({ order_id: `order_${i}`, your_reference: `Ref ${i}` }))
        )
        // A NUL byte is refused by PostgreSQL when the line is inserted: after its number was taken.
        const failing = service.issueInvoice(
          issued({ order_id: "order_broken", lines: [{ description: "Trasig\u0000rad", quantity: 1, unit_price: 100, tax_rate: 25 }] })
        )
        const [results, failure] = await Promise.all([
          Promise.all(calls),
          failing.then(
            () => null,
            (error: Error) => error
          ),
        ])
        expect(failure).toBeInstanceOf(Error)
        const numbers = results.map((invoice) => invoice.number).sort((a, b) => a - b)
        expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
        expect(new Set(results.map((invoice) => invoice.ocr)).size).toBe(100)
        expect(results.every((invoice) => ocrIsValid(invoice.ocr!))).toBe(true)
        // The failed one left nothing behind, and the next invoice continues the series.
        expect(await service.listInvoices({ order_id: "order_broken" })).toEqual([])
        const next = await service.issueInvoice(issued({ order_id: "order_next" }))
        expect(next.number).toBe(101)
        const lines = await service.listInvoiceLines({})
        expect(lines).toHaveLength(101)
      })

      it("computes öre-exact totals with VAT rounded once per rate", async () => {
        const invoice = await service.issueInvoice(
          issued({
            lines: [
              { description: "A", quantity: 1, unit_price: 333, tax_rate: 25 },
              { description: "B", quantity: 1, unit_price: 333, tax_rate: 25 },
              { description: "C", quantity: 3, unit_price: 1_001, tax_rate: 12 },
            ],
          })
        )
        // 25 %: 666 öre → 166.5 → 167; 12 %: 3003 öre → 360.36 → 360
        expect(invoice.tax_by_rate).toEqual([
          { tax_rate: 25, subtotal: 666, tax: 167 },
          { tax_rate: 12, subtotal: 3003, tax: 360 },
        ])
        expect([invoice.subtotal, invoice.tax_total, invoice.total]).toEqual([3669, 527, 4196])
        expect(invoice.issue_date).toBe("2026-12-04")
        expect(invoice.due_date).toBe("2027-01-03")
        expect(invoice.seller).toEqual(
          expect.objectContaining({ name: SELLER.name, address: ["Box 1", "820 00 Hudiksvall"], f_skatt: true })
        )
        expect(invoice.buyer).toEqual(BUYER)
      })

      it("issues one invoice per order: a second call, also a concurrent one, returns the first", async () => {
        const first = await service.issueInvoice(issued({ order_id: "order_once" }))
        const again = await service.issueInvoice(issued({ order_id: "order_once", your_reference: "Someone else" }))
        expect(again.id).toBe(first.id)
        const racing = await Promise.all([1, 2, 3].map(() => service.issueInvoice(issued({ order_id: "order_race" }))))
        expect(new Set(racing.map((invoice) => invoice.id)).size).toBe(1)
        expect(await service.listInvoices({ order_id: ["order_once", "order_race"] })).toHaveLength(2)
        // The racing losers gave their numbers back.
        const after = await service.issueInvoice(issued())
        expect(after.number).toBe(racing[0].number + 1)
      })

      it("refuses bad input before taking a number", async () => {
        await expect(service.issueInvoice(issued({ lines: [] }))).rejects.toMatchObject({ status: 400, code: "invalid_data" })
        await expect(
          service.issueInvoice(issued({ lines: [{ description: "X", quantity: 1.5, unit_price: 100, tax_rate: 25 }] }))
        ).rejects.toMatchObject({ status: 400, fields: expect.objectContaining({ "lines.0.quantity": expect.any(Array) }) })
        await expect(service.issueInvoice(issued({ payment_terms_days: -1 }))).rejects.toMatchObject({ status: 400 })
        const invoice = await service.issueInvoice(issued())
        expect(invoice.number).toBe(1)
      })
    })

    describe("creditInvoice", () => {
      it("issues a credit note in its own series, once per invoice", async () => {
        const first = await service.issueInvoice(issued({ order_id: "order_c1" }))
        const second = await service.issueInvoice(issued({ order_id: "order_c2" }))
        const credit = await service.creditInvoice(first.id, { by: "user_staff", reason: "Fel antal" })
        expect(credit).toEqual(
          expect.objectContaining({
            kind: "credit_note",
            series: "credit_note",
            number: 1,
            display_number: "K1",
            credited_invoice_id: first.id,
            ocr: null,
            subtotal: -first.subtotal,
            tax_total: -first.tax_total,
            total: -first.total,
          })
        )
        expect(credit.lines.map((line) => [line.description, line.quantity, line.unit_price])).toEqual([
          ["Monitor ERP licens", 2, -125_000],
        ])
        await expect(service.creditInvoice(first.id, { by: "user_staff", reason: "Igen" })).rejects.toMatchObject({ status: 409 })
        await expect(service.creditInvoice(credit.id, { by: "user_staff", reason: "Kredit av kredit" })).rejects.toMatchObject({
          status: 400,
        })
        const concurrent = await Promise.allSettled([1, 2].map(() => service.creditInvoice(second.id, { by: "u", reason: "Dubbel" })))
        expect(concurrent.filter((result) => result.status === "fulfilled")).toHaveLength(1)
        const credits = await service.listInvoices({ kind: "credit_note" }, { order: { number: "ASC" } })
        expect(credits.map((row) => row.number)).toEqual([1, 2])
        // The invoice series went on undisturbed.
        expect((await service.issueInvoice(issued())).number).toBe(3)
        expect(service.invoiceStatus(await service.retrieveInvoiceDTO(first.id))).toBe("credited")
      })

      it("never deletes an invoice", async () => {
        const invoice = await service.issueInvoice(issued())
        await expect(service.deleteInvoices([invoice.id])).rejects.toMatchObject({ code: "invoice_not_deletable" })
        await expect(service.softDeleteInvoices([invoice.id])).rejects.toMatchObject({ code: "invoice_not_deletable" })
        expect(await service.listInvoices({ id: invoice.id })).toHaveLength(1)
      })
    })

    describe("status", () => {
      it("is unpaid, then overdue after the due date, paid when marked, and filterable", async () => {
        const invoice = await service.issueInvoice(issued({ payment_terms_days: 10 }))
        const other = await service.issueInvoice(issued({ payment_terms_days: 10 }))
        expect(service.invoiceStatus(invoice, new Date("2026-12-14T12:00:00Z"))).toBe("unpaid")
        expect(service.invoiceStatus(invoice, new Date("2026-12-14T22:59:00Z"))).toBe("unpaid") // 23:59 in Stockholm
        expect(service.invoiceStatus(invoice, new Date("2026-12-14T23:00:00Z"))).toBe("overdue") // 00:00 the day after
        await service.markPaid(invoice.id, { by: "user_staff", paid_at: new Date("2026-12-20T09:00:00Z") })
        const paid = await service.retrieveInvoiceDTO(invoice.id)
        expect(service.invoiceStatus(paid, new Date("2027-02-01T00:00:00Z"))).toBe("paid")
        expect(paid.paid_by).toBe("user_staff")
        // Paying again changes nothing.
        await service.markPaid(invoice.id, { by: "someone_else" })
        expect((await service.retrieveInvoiceDTO(invoice.id)).paid_by).toBe("user_staff")

        const later = new Date("2027-01-01T12:00:00Z")
        const ids = async (status: "unpaid" | "paid" | "overdue" | "credited", now = later) =>
          (await service.listInvoiceDTOs({ status }, { limit: 50, offset: 0 }, now))[0].map((row) => row.id)
        expect(await ids("paid")).toEqual([invoice.id])
        expect(await ids("overdue")).toEqual([other.id])
        expect(await ids("unpaid")).toEqual([])
        expect(await ids("unpaid", new Date("2026-12-05T12:00:00Z"))).toEqual([other.id])
        await service.creditInvoice(other.id, { by: "user_staff", reason: "Fel" })
        await expect(service.markPaid(other.id, { by: "user_staff" })).rejects.toMatchObject({ status: 409 })
        expect((await ids("credited")).length).toBe(2)
        expect(await ids("overdue")).toEqual([])
      })
    })

    describe("billing profiles", () => {
      it("validates and upserts one profile per company", async () => {
        await expect(
          service.upsertBillingProfile("comp_b", {
            name: "",
            address_line_1: "Storgatan 1",
            postal_code: "111 22",
            city: "Stockholm",
            vat_number: "SE123",
            invoice_email: "not-an-email",
          })
        ).rejects.toMatchObject({
          status: 400,
          fields: expect.objectContaining({ name: expect.any(Array), vat_number: expect.any(Array) }),
        })
        const created = await service.upsertBillingProfile("comp_b", {
          name: "Kund AB",
          address_line_1: "Storgatan 1",
          postal_code: "111 22",
          city: "Stockholm",
          vat_number: "se 556036-0793 01",
          invoice_email: "Faktura@Kund.example",
        })
        expect(created).toEqual(
          expect.objectContaining({
            vat_number: "SE556036079301",
            invoice_email: "faktura@kund.example",
            payment_terms_days: 30,
            country_code: "se",
          })
        )
        const updated = await service.upsertBillingProfile("comp_b", { ...created, payment_terms_days: 15 })
        expect(updated.id).toBe(created.id)
        expect((await service.billingProfileOf("comp_b"))?.payment_terms_days).toBe(15)
        expect(await service.billingProfileOf("comp_none")).toBeNull()
      })
    })

    describe("the PDF", () => {
      it("shows the lines, VAT per rate, the reference and an OCR that verifies", async () => {
        const invoice = await service.issueInvoice(
          issued({
            order_id: "order_pdf",
            your_reference: "Örjan Åkesson",
            lines: [
              { description: "Monitor ERP Grundlicens", quantity: 2, unit_price: 125_000, tax_rate: 25 },
              { description: "Utbildning på plats", quantity: 1, unit_price: 800_000, tax_rate: 25 },
              { description: "Facklitteratur", quantity: 3, unit_price: 29_900, tax_rate: 6 },
            ],
          })
        )
        const pdf = await renderInvoicePdf(invoice, { order_number: "1042" })
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        const { text } = await new PDFParse({ data: pdf }).getText()
        for (const expected of [
          "Faktura",
          "Monitor ERP Grundlicens",
          "Utbildning på plats",
          "Facklitteratur",
          "Er referens",
          "Örjan Åkesson",
          "Ordernummer: 1042",
          "Moms 25 %",
          "Moms 6 %",
          "Att betala",
          "Godkänd för F-skatt",
          "556000-0001",
          "SE556000000101",
          "SE556036079301",
          "123-4567",
          "2 500,00", // 2 × 1 250,00
          "14 075,82 SEK", // 10 500 + 897 + 25 % of 10 500 (2 625) + 6 % of 897 (53,82)
        ]) {
          expect(text).toContain(expected)
        }
        expect(invoice.total).toBe(1_407_582)
        const ocr = /OCR:\s*(\d+)/.exec(text)?.[1]
        expect(ocr).toBe(invoice.ocr)
        expect(ocrIsValid(ocr!)).toBe(true)

        const credit = await service.creditInvoice(invoice.id, { by: "user_staff", reason: "Avbeställd" })
        const creditText = (
          await new PDFParse({ data: await renderInvoicePdf(credit, { credited_invoice_number: invoice.display_number }) }).getText()
        ).text
        expect(creditText).toContain("Kreditfaktura")
        expect(creditText).toContain(`Krediterar faktura: ${invoice.display_number}`)
        expect(creditText).toContain("Att återfå")
      })
    })
  },
})
