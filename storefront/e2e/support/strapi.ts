import { readFileSync } from "node:fs"
import path from "node:path"

// Strapi's admin API, as Monitor's staff use it through the admin panel (its Content Manager): the
// demo content editor creates agreements with their PDF, the demo support staff user replies on a
// ticket. Calls go through the admin API (not the content API) so that Strapi's document middleware
// runs as it does for a person in the admin. The runner passes the stack's Strapi as E2E_STRAPI_URL.
export const STRAPI_URL = (process.env.E2E_STRAPI_URL || process.env.STRAPI_URL || "http://localhost:1337").replace(/\/+$/, "")

type StaffLogin = { email: string; password: string }
const demo = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "scripts", "demo-data.json"), "utf8")) as {
  strapi_admin: StaffLogin
  strapi_support: StaffLogin
}

const MANAGER = "/content-manager/collection-types"

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`Strapi ${what} answered ${response.status}: ${text.slice(0, 500)}`)
  return (text ? JSON.parse(text) : {}) as T
}

export class StrapiStaff {
  private constructor(private readonly token: string) {}

  /** Logs in to the admin panel's API as the demo content editor ("editor") or support staff user ("support"). */
  static async logIn(who: "editor" | "support"): Promise<StrapiStaff> {
    const account = who === "editor" ? demo.strapi_admin : demo.strapi_support
    const response = await fetch(`${STRAPI_URL}/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: account.email, password: account.password }),
    }).catch((error: Error) => {
      throw new Error(`Strapi is not reachable at ${STRAPI_URL} (set E2E_STRAPI_URL): ${error.message}`)
    })
    const { data } = await json<{ data: { token: string } }>(response, `login as ${account.email}`)
    return new StrapiStaff(data.token)
  }

  private call(pathname: string, init: { method?: string; body?: unknown; form?: FormData } = {}) {
    return fetch(`${STRAPI_URL}${pathname}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${this.token}`, ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.form ?? (init.body ? JSON.stringify(init.body) : undefined),
    })
  }

  /** Strapi's company entry of a Medusa company (synchronised from Medusa: never typed). */
  async companyDocumentId(medusaId: string): Promise<string> {
    const { results } = await json<{ results: { documentId: string }[] }>(
      await this.call(`${MANAGER}/api::company.company?filters[medusaId][$eq]=${encodeURIComponent(medusaId)}`),
      "company lookup"
    )
    if (!results?.length) throw new Error(`no company ${medusaId} in Strapi`)
    return results[0].documentId
  }

  /** An agreement with its signed PDF, as content staff create it: upload first, then the entry. */
  async createAgreement(input: {
    medusaCompanyId: string
    title: string
    type: string
    validFrom: string
    validTo: string | null
    pdf: Buffer
  }) {
    const form = new FormData()
    form.set("files", new Blob([new Uint8Array(input.pdf)], { type: "application/pdf" }), `${input.title.replace(/[^\w-]+/g, "-")}.pdf`)
    const [file] = await json<{ id: number }[]>(await this.call("/upload", { method: "POST", form }), "upload")
    const company = await this.companyDocumentId(input.medusaCompanyId)
    return json<{ data: { documentId: string } }>(
      await this.call(`${MANAGER}/api::agreement.agreement`, {
        method: "POST",
        body: {
          title: input.title,
          type: input.type,
          validFrom: input.validFrom,
          validTo: input.validTo,
          terminated: false,
          company: { connect: [{ documentId: company }] },
          document: file.id,
        },
      }),
      "new agreement"
    )
  }

  /** A public reply on a ticket (not an internal note), written as support staff do in the admin. */
  async reply(ticketDocumentId: string, body: string) {
    return json<{ data: { documentId: string } }>(
      await this.call(`${MANAGER}/api::ticket-message.ticket-message`, {
        method: "POST",
        body: { body, internal: false, authorType: "staff", ticket: { connect: [{ documentId: ticketDocumentId }] } },
      }),
      "staff reply"
    )
  }
}

/** A one-page PDF with a line of ASCII text: enough for a signed agreement in a test. */
export function onePagePdf(text: string): Buffer {
  const line = text.replace(/[^\x20-\x7e]/g, "").replace(/[()\\]/g, "")
  const stream = `BT /F1 14 Tf 72 760 Td (${line}) Tj ET`
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
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1")
}
