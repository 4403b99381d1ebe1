// Demo support content for `npm start`: the demo companies in Strapi, a few tickets written by the demo users
// and the companies' agreements with a PDF. Runs after Medusa and Strapi are up; idempotent (tickets by their
// idempotency key, agreements by title), so a second start adds nothing.
import { queryOne } from "./database.mjs"

const daysFromNow = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

export async function seedSupportDemo({ demo, medusaDatabaseUrl, strapiUrl, apiToken, log = console.log }) {
  const support = demo.support
  if (!support) return
  const companies = {}
  for (const company of demo.companies) {
    const row = await queryOne(medusaDatabaseUrl, "select id, name from company where customer_number = $1 and deleted_at is null", [
      company.customer_number,
    ])
    if (!row) continue
    companies[company.handle] = row
    await strapiJson(strapiUrl, `/api/portal/companies/${row.id}`, { method: "PUT", token: apiToken, body: { name: row.name } })
  }
  const customers = {}
  for (const user of demo.users) {
    const row = await queryOne(
      medusaDatabaseUrl,
      "select id, first_name, last_name from customer where email = $1 and deleted_at is null",
      [user.email]
    )
    if (row) customers[user.email] = { customerId: row.id, name: `${row.first_name} ${row.last_name}`, email: user.email }
  }

  let tickets = 0
  for (const [index, ticket] of support.tickets.entries()) {
    const company = companies[ticket.company]
    const author = customers[ticket.author]
    if (!company || !author) continue
    const form = new FormData()
    const { company: _handle, author: _author, ...fields } = ticket
    form.set(
      "data",
      JSON.stringify({
        ...fields,
        companyId: company.id,
        erpVersion: ticket.erpVersion ?? null,
        idempotencyKey: `demo-ticket-${index + 1}`,
        author,
      })
    )
    const response = await fetch(`${strapiUrl}/api/portal/tickets`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apiToken}` },
      body: form,
    })
    if (response.status === 201) tickets += 1
    else if (response.status !== 200)
      throw new Error(`demo ticket "${ticket.subject}": Strapi answered ${response.status} ${await response.text()}`)
  }

  const agreements = await seedAgreements({ support, companies, strapiUrl, admin: demo.strapi_admin })
  log(`✓ demo support content: ${tickets} new tickets, ${agreements} new agreements`)
}

/** Agreements are content staff's work: created through Strapi's admin API as the demo content editor. */
async function seedAgreements({ support, companies, strapiUrl, admin }) {
  const login = await strapiJson(strapiUrl, "/admin/login", { method: "POST", body: { email: admin.email, password: admin.password } })
  const token = login.data.token
  const manager = "/content-manager/collection-types"
  let created = 0
  for (const agreement of support.agreements) {
    const company = companies[agreement.company]
    if (!company) continue
    const existing = await strapiJson(
      strapiUrl,
      `${manager}/api::agreement.agreement?filters[title][$eq]=${encodeURIComponent(agreement.title)}`,
      {
        token,
      }
    )
    if (existing.results?.length) continue
    const [strapiCompany] = (
      await strapiJson(strapiUrl, `${manager}/api::company.company?filters[medusaId][$eq]=${encodeURIComponent(company.id)}`, { token })
    ).results
    const form = new FormData()
    form.set("files", new Blob([agreementPdf(agreement.title, company.name)], { type: "application/pdf" }), `${slug(agreement.title)}.pdf`)
    const [file] = await strapiJson(strapiUrl, "/upload", { method: "POST", token, form })
    await strapiJson(strapiUrl, `${manager}/api::agreement.agreement`, {
      method: "POST",
      token,
      body: {
        title: agreement.title,
        type: agreement.type,
        validFrom: daysFromNow(agreement.validFromDays),
        validTo: agreement.validToDays == null ? null : daysFromNow(agreement.validToDays),
        terminated: agreement.terminated ?? false,
        company: { connect: [{ documentId: strapiCompany.documentId }] },
        document: file.id,
      },
    })
    created += 1
  }
  return created
}

async function strapiJson(base, pathname, { method = "GET", token, body, form } = {}) {
  const response = await fetch(`${base}${pathname}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: form ?? (body ? JSON.stringify(body) : undefined),
    signal: AbortSignal.timeout(15_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`demo support content: ${method} ${pathname} answered ${response.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}

const slug = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** A one-page PDF naming the agreement: enough for the demo's "Ladda ned". */
export function agreementPdf(title, companyName) {
  const ascii = (text) =>
    text
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/[()\\]/g, "")
  const stream = `BT /F1 18 Tf 72 760 Td (${ascii(title)}) Tj 0 -28 Td /F1 12 Tf (${ascii(companyName)} - Monitor ERP System AB) Tj ET`
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]
  let pdf = "%PDF-1.4\n"
  const offsets = objects.map((object, index) => {
    const offset = pdf.length
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1")
}
