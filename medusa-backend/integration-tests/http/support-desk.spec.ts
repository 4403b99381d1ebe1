import crypto from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import resyncCompanies from "@mymonitor/support-desk/jobs/resync-companies"
import { signStrapiPayload } from "@mymonitor/support-desk/lib/strapi-signature"
import { MailCatcher } from "../../../test-support/mail"
import { createAgreement, strapiProcess, strapiStaffToken } from "../helpers/strapi-process"
import { createFixtures, type Fixtures, PDF, type People, waitFor } from "../helpers/support-desk-fixtures"

/**
 * Support and agreements through Medusa against the REAL Strapi (strapi-cms, `strapi start` on a
 * fresh database): the cross-company list, tickets with attachments, tenancy (404), the attachment
 * rules, Strapi's signed pushes and their mails, agreements behind "my pages", Strapi down → 503.
 */

jest.setTimeout(300_000)

const STRAPI_PORT = 31_000 + (process.pid % 2_000)
const API_TOKEN = crypto.randomBytes(24).toString("hex")
const WEBHOOK_SECRET = crypto.randomBytes(24).toString("hex")
// Read by medusa-config.ts, which the runner loads before it applies its `env` option.
Object.assign(process.env, {
  STRAPI_URL: `http://127.0.0.1:${STRAPI_PORT}`,
  STRAPI_API_TOKEN: API_TOKEN,
  STRAPI_WEBHOOK_SECRET: WEBHOOK_SECRET,
})
const strapi = strapiProcess({ port: STRAPI_PORT, apiToken: API_TOKEN, webhookSecret: WEBHOOK_SECRET })
const mail = new MailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  env: {
    RATE_LIMIT_LOGIN: "1000/60",
    RATE_LIMIT_MFA: "1000/60",
  },
  testSuite: ({ api, getContainer, dbConnection }) => {
    let fixtures: Fixtures
    const as = (person: People, extra: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": fixtures.publishableKey, authorization: `Bearer ${fixtures.tokens[person]}`, ...extra },
      validateStatus: () => true,
    })
    const form = (fields: Record<string, string>, files: { name: string; content: Buffer; type?: string }[] = []) => {
      const body = new FormData()
      for (const [name, value] of Object.entries(fields)) body.append(name, value)
      for (const file of files)
        body.append("files", new Blob([new Uint8Array(file.content)], { type: file.type ?? "application/octet-stream" }), file.name)
      return body
    }
    const ticketFields = (subject: string, extra: Record<string, string> = {}) => ({
      subject,
      description: "När vi skriver ut fler än 20 följesedlar hänger sig klienten.",
      category: "sales",
      priority: "high",
      erp_version: "25.7.2",
      idempotency_key: crypto.randomUUID(),
      ...extra,
    })
    const createTicket = (person: People, companyId: string, body: FormData) =>
      api.post(`/store/companies/${companyId}/support/tickets`, body, as(person))
    const strapiTicketCount = async () =>
      Number((await strapi.query<{ n: string }>(`select count(distinct document_id) as n from support_tickets`))[0].n)
    const followerCount = async () => Number((await dbConnection.raw(`select count(*) as n from ticket_follower`)).rows[0].n)
    const hook = (event: object, { t, secret = WEBHOOK_SECRET, signed = true }: { t?: number; secret?: string; signed?: boolean } = {}) => {
      const raw = JSON.stringify(event)
      return api.post("/hooks/strapi", raw, {
        headers: { "content-type": "application/json", ...(signed ? { "x-strapi-signature": signStrapiPayload(secret, raw, t) } : {}) },
        validateStatus: () => true,
        transformRequest: [(data: unknown) => data],
      })
    }

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
      process.env.PORTAL_URL = "http://portal.test"
      await strapi.start(api.defaults.baseURL)
      fixtures = await createFixtures(getContainer(), api)
    })
    afterAll(async () => {
      await strapi.stop()
      await strapi.destroy()
      await mail.stop()
    })

    it("puts each new company to Strapi (keyed by its Medusa id)", async () => {
      const rows = await waitFor(async () => {
        const found = await strapi.query<{ medusa_id: string; name: string }>(
          `select distinct medusa_id, name from companies order by name`
        )
        return found.length >= 3 ? found : undefined
      })
      expect(rows).toEqual(
        expect.arrayContaining([
          { medusa_id: fixtures.a, name: "Verkstad Nord AB" },
          { medusa_id: fixtures.b, name: "Bageri Syd AB" },
          { medusa_id: fixtures.c, name: "Cykel Öst AB" },
        ])
      )
    })

    it("puts a renamed company to Strapi, and the re-sync job repairs what Strapi missed", async () => {
      const companies = getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
      await companies.updateCompanies({ id: fixtures.c, name: "Cykel Öst Aktiebolag" })
      const nameInStrapi = async (id: string) =>
        (await strapi.query<{ name: string }>(`select name from companies where medusa_id = $1 limit 1`, [id]))[0]?.name
      await waitFor(async () => ((await nameInStrapi(fixtures.c)) === "Cykel Öst Aktiebolag" ? true : undefined))
      await strapi.query(`update companies set name = 'Fel namn' where medusa_id = $1`, [fixtures.b])
      await resyncCompanies(getContainer())
      expect(await nameInStrapi(fixtures.b)).toBe("Bageri Syd AB")
    })

    it("shows a user who is Supportanvändare in A and Administratör in B both companies' tickets in one list, and nothing of C", async () => {
      const key = crypto.randomUUID()
      const inA = await createTicket(
        "sara",
        fixtures.a,
        form(ticketFields("Följesedlar hänger sig", { idempotency_key: key }), [
          { name: "skärmdump åäö.pdf", content: PDF, type: "application/pdf" },
        ])
      )
      expect(inA.status).toBe(201)
      expect(inA.data.ticket).toEqual(
        expect.objectContaining({ companyId: fixtures.a, subject: "Följesedlar hänger sig", status: "new", number: expect.any(Number) })
      )
      expect(inA.data.ticket.messages[0].attachments).toEqual([
        expect.objectContaining({ name: "skärmdump åäö.pdf", mime: "application/pdf" }),
      ])
      const confirmation = await mail.latestTo("sara@example.se")
      expect(confirmation.subject).toMatch(new RegExp(`^Ärende ${inA.data.ticket.number} har tagits emot`))
      expect(confirmation.text).toContain(`http://portal.test/sv/support/${fixtures.a}/${inA.data.ticket.id}`)

      // A double submit (same key): the same ticket, 200, no second mail.
      const again = await createTicket("sara", fixtures.a, form(ticketFields("Följesedlar hänger sig", { idempotency_key: key })))
      expect([again.status, again.data.ticket.id]).toEqual([200, inA.data.ticket.id])

      expect((await createTicket("sara", fixtures.b, form(ticketFields("Kassan räknar fel")))).status).toBe(201)
      expect((await createTicket("olle", fixtures.c, form(ticketFields("Cykelns ticket")))).status).toBe(201)

      const list = await api.get("/store/support/tickets", as("sara"))
      expect(list.status).toBe(200)
      expect(list.data.tickets.map((t: { subject: string; company_name: string }) => [t.subject, t.company_name]).sort()).toEqual([
        ["Följesedlar hänger sig", "Verkstad Nord AB"],
        ["Kassan räknar fel", "Bageri Syd AB"],
      ])
      expect(list.data.companies).toEqual([
        { id: fixtures.b, name: "Bageri Syd AB" },
        { id: fixtures.a, name: "Verkstad Nord AB" },
      ])
      expect(list.data.count).toBe(2)
      const onlyA = await api.get(`/store/support/tickets?company_id=${fixtures.a}&status=open`, as("sara"))
      expect(onlyA.data.tickets.map((t: { subject: string }) => t.subject)).toEqual(["Följesedlar hänger sig"])
      expect((await api.get(`/store/support/tickets?company_id=${fixtures.c}`, as("sara"))).status).toBe(404)
    })

    it("answers 404 for another company's ticket by id, by list filter and by file, and streams its own files no-store", async () => {
      const own = await createTicket(
        "sara",
        fixtures.a,
        form(ticketFields("Med bilaga"), [{ name: "logg.txt", content: Buffer.from("rad 1\nrad 2\n"), type: "text/plain" }])
      )
      const foreign = await createTicket(
        "olle",
        fixtures.c,
        form(ticketFields("Hemligt"), [{ name: "hemlig.txt", content: Buffer.from("hemlis"), type: "text/plain" }])
      )
      expect([own.status, foreign.status]).toEqual([201, 201])
      const ownFile = own.data.ticket.messages[0].attachments[0].id
      const foreignFile = foreign.data.ticket.messages[0].attachments[0].id

      const download = await api.get(`/store/companies/${fixtures.a}/support/tickets/${own.data.ticket.id}/attachments/${ownFile}`, {
        ...as("sara"),
        responseType: "arraybuffer",
      })
      expect(download.status).toBe(200)
      expect(Buffer.from(download.data).toString()).toBe("rad 1\nrad 2\n")
      expect(download.headers["cache-control"]).toBe("no-store")
      expect(download.headers["content-disposition"]).toMatch(/^attachment;/)

      const notFound = [
        `/store/companies/${fixtures.a}/support/tickets/${foreign.data.ticket.id}`,
        `/store/companies/${fixtures.c}/support/tickets/${foreign.data.ticket.id}`,
        `/store/companies/${fixtures.b}/support/tickets/${own.data.ticket.id}`,
        `/store/companies/${fixtures.a}/support/tickets/${own.data.ticket.id}/attachments/${foreignFile}`,
        `/store/companies/${fixtures.c}/support/tickets/${foreign.data.ticket.id}/attachments/${foreignFile}`,
        `/store/support/tickets?company_id=${fixtures.c}`,
      ]
      for (const url of notFound) {
        const response = await api.get(url, as("sara"))
        expect([url, response.status, response.data.code]).toEqual([url, 404, "not_found"])
      }
      const follow = await api.post(`/store/companies/${fixtures.a}/support/tickets/${foreign.data.ticket.id}/follow`, {}, as("sara"))
      expect(follow.status).toBe(404)
    })

    it("refuses oversized, forbidden and too many files before anything reaches Strapi", async () => {
      const before = await strapiTicketCount()
      const big = await createTicket(
        "sara",
        fixtures.a,
        form(ticketFields("Stor"), [
          { name: "stor.pdf", content: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), type: "application/pdf" },
        ])
      )
      expect(big.status).toBe(400)
      expect(big.data).toEqual(
        expect.objectContaining({
          code: "file_too_large",
          message: { sv: "Filen ”stor.pdf” är större än 10 MB.", en: "The file “stor.pdf” is larger than 10 MB." },
        })
      )
      const exe = await createTicket(
        "sara",
        fixtures.a,
        form(ticketFields("Exe"), [{ name: "verktyg.exe", content: Buffer.from("MZ....") }])
      )
      expect([exe.status, exe.data.code]).toEqual([400, "file_type"])
      expect(exe.data.message.sv).toMatch(/^Filen ”verktyg.exe” har en filtyp som inte är tillåten/)
      const fake = await createTicket(
        "sara",
        fixtures.a,
        form(ticketFields("Fejk"), [{ name: "faktura.pdf", content: Buffer.from("MZ not a pdf"), type: "application/pdf" }])
      )
      expect([fake.status, fake.data.code]).toEqual([400, "file_type"])
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, content: Buffer.from("x"), type: "text/plain" }))
      expect((await createTicket("sara", fixtures.a, form(ticketFields("Sex"), six))).data.code).toBe("too_many_files")
      const bad = await createTicket("sara", fixtures.a, form({ ...ticketFields(""), category: "bananas" }))
      expect([bad.status, bad.data.code, Object.keys(bad.data.fields).sort()]).toEqual([400, "invalid_data", ["category", "subject"]])
      expect(await strapiTicketCount()).toBe(before)
    })

    it("mails a staff reply written in Strapi's admin (Support role, Content Manager) to the ticket's followers", async () => {
      const created = await createTicket("sara", fixtures.a, form(ticketFields("Svar från supporten")))
      expect(
        (await api.post(`/store/companies/${fixtures.a}/support/tickets/${created.data.ticket.id}/follow`, {}, as("ulf"))).status
      ).toBe(200)
      const login = await fetch(`${strapi.url}/admin/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "support.test@monitor.se", password: "Test-Support-2026" }),
      })
      expect(login.status).toBe(200)
      const { data } = (await login.json()) as { data: { token: string } }
      const since = Date.now()
      const reply = await fetch(`${strapi.url}/content-manager/collection-types/api::ticket-message.ticket-message`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${data.token}` },
        body: JSON.stringify({
          body: "Prova att byta skrivare. /Supporten",
          internal: false,
          ticket: { connect: [{ documentId: created.data.ticket.id }] },
        }),
      })
      expect(reply.status).toBe(201)
      for (const to of ["sara@example.se", "ulf@example.se"]) await mail.waitFor(to, /Prova att byta skrivare\. \/Supporten/, since, 20_000)
      const thread = await api.get(`/store/companies/${fixtures.a}/support/tickets/${created.data.ticket.id}`, as("sara"))
      expect(thread.data.ticket.messages.map((m: { authorType: string }) => m.authorType)).toEqual(["customer", "staff"])
    })

    it("mails a status change to the followers once, also when the push is retried, and no more after unfollowing", async () => {
      const created = await createTicket("sara", fixtures.a, form(ticketFields("Följ mig")))
      const ticketId = created.data.ticket.id
      expect((await api.post(`/store/companies/${fixtures.a}/support/tickets/${ticketId}/follow`, {}, as("ulf"))).data).toEqual({
        following: true,
      })
      const page = await api.get(`/store/companies/${fixtures.a}/support/tickets/${ticketId}`, as("ulf"))
      expect(page.data.ticket.following).toBe(true)
      expect(page.data.ticket.followers.map((f: { name: string }) => f.name).sort()).toEqual(["Sara Test", "Ulf Test"])

      const since = Date.now()
      const event = {
        id: crypto.randomUUID(),
        type: "ticket.status_changed",
        occurredAt: new Date().toISOString(),
        data: { ticketId, companyId: fixtures.a, from: "new", to: "waiting_for_customer", actorType: "staff" },
      }
      const first = await hook(event)
      expect([first.status, first.data.duplicate, first.data.mailed]).toEqual([200, false, 2])
      await mail.waitFor("ulf@example.se", /har ändrat status från Ny till Väntar på kund/, since)
      await mail.waitFor("sara@example.se", /har ändrat status från Ny till Väntar på kund/, since)
      // The same event again (Strapi's retry): acknowledged, not mailed twice.
      const replay = await hook(event)
      expect([replay.status, replay.data.duplicate]).toEqual([200, true])
      expect(mail.messagesTo("ulf@example.se").filter((m) => /Väntar på kund/.test(m.subject ?? ""))).toHaveLength(1)

      // Unfollowing stops the mails.
      expect((await api.delete(`/store/companies/${fixtures.a}/support/tickets/${ticketId}/follow`, as("ulf"))).data).toEqual({
        following: false,
      })
      const notice = await hook({
        id: crypto.randomUUID(),
        type: "ticket.close_notice",
        data: { ticketId, companyId: fixtures.a, closesAt: "2026-12-16T10:00:00.000Z" },
      })
      expect(notice.data.mailed).toBe(1)
    })

    it("refuses unsigned, wrongly signed and stale pushes (401), and a push for another company's ticket mails nobody", async () => {
      const created = await createTicket("sara", fixtures.a, form(ticketFields("Signerat")))
      const event = {
        id: crypto.randomUUID(),
        type: "ticket.close_notice",
        data: { ticketId: created.data.ticket.id, companyId: fixtures.a, closesAt: new Date().toISOString() },
      }
      const now = Math.floor(Date.now() / 1000)
      for (const options of [{ signed: false }, { secret: "x".repeat(48) }, { t: now - 301 }, { t: now + 301 }]) {
        const response = await hook(event, options)
        expect([JSON.stringify(options), response.status, response.data.code]).toEqual([JSON.stringify(options), 401, "invalid_signature"])
      }
      expect(Number((await dbConnection.raw(`select count(*) as n from strapi_hook_event`)).rows[0].n)).toBe(0)
      const wrongCompany = await hook({ ...event, id: crypto.randomUUID(), data: { ...event.data, companyId: fixtures.b } })
      expect([wrongCompany.status, wrongCompany.data.mailed]).toEqual([200, 0])
    })

    it("lets a reply and close/reopen through, and keeps agreements to my_pages (Supportanvändare: 403)", async () => {
      const created = await createTicket("sara", fixtures.a, form(ticketFields("Svara och stäng")))
      const ticketPath = `/store/companies/${fixtures.a}/support/tickets/${created.data.ticket.id}`
      const reply = await api.post(
        `${ticketPath}/messages`,
        form({ body: "Här är mer info." }, [{ name: "data.csv", content: Buffer.from("a;b\n1;2\n"), type: "text/csv" }]),
        as("sara")
      )
      expect([reply.status, reply.data.message.body, reply.data.message.attachments.length]).toEqual([201, "Här är mer info.", 1])
      expect((await api.post(`${ticketPath}/close`, {}, as("sara"))).data.ticket.status).toBe("closed")
      const onClosed = await api.post(`${ticketPath}/messages`, form({ body: "Hallå?" }), as("sara"))
      expect([onClosed.status, onClosed.data.code]).toEqual([409, "ticket_closed"])
      expect((await api.post(`${ticketPath}/reopen`, {}, as("sara"))).data.ticket.status).toBe("in_progress")

      expect((await api.get("/store/agreements", as("sven"))).status).toBe(403)
      const saras = await api.get("/store/agreements", as("sara"))
      expect(saras.status).toBe(200)
      expect(saras.data.companies).toEqual([{ id: fixtures.b, name: "Bageri Syd AB" }])
      expect((await api.get(`/store/agreements?company_id=${fixtures.a}`, as("sara"))).status).toBe(404)
      expect((await api.get(`/store/companies/${fixtures.a}/agreements/x/document`, as("sara"))).status).toBe(403)
      const overview = await api.get("/store/support/overview", as("sara"))
      expect(overview.status).toBe(200)
      expect(overview.data).toEqual({
        open_tickets: expect.any(Number),
        active_agreements: expect.any(Number),
        agreements_ending_within_90_days: expect.any(Number),
      })
    })

    it("shows each user the agreements of the companies where they have my pages, and streams the PDF no-store", async () => {
      const editor = await strapiStaffToken(strapi, "editor")
      const today = new Date().toISOString().slice(0, 10)
      const inA = await createAgreement(strapi, editor, {
        medusaCompanyId: fixtures.a,
        title: "Licensavtal Nord",
        pdf: PDF,
        validFrom: today,
      })
      const inB = await createAgreement(strapi, editor, {
        medusaCompanyId: fixtures.b,
        title: "Supportavtal Syd",
        pdf: PDF,
        validFrom: today,
      })

      const saras = await api.get("/store/agreements", as("sara"))
      expect(saras.data.agreements.map((a: { title: string; company_name: string }) => [a.title, a.company_name])).toEqual([
        ["Supportavtal Syd", "Bageri Syd AB"],
      ])
      const pdf = await api.get(`/store/companies/${fixtures.b}/agreements/${inB.documentId}/document`, {
        ...as("sara"),
        responseType: "arraybuffer",
      })
      expect([pdf.status, pdf.headers["content-type"], pdf.headers["cache-control"]]).toEqual([200, "application/pdf", "no-store"])
      expect(Buffer.from(pdf.data).equals(PDF)).toBe(true)
      // A's agreement: Sara is Supportanvändare there (403), and through B it is not found (404).
      expect((await api.get(`/store/companies/${fixtures.a}/agreements/${inA.documentId}/document`, as("sara"))).status).toBe(403)
      expect((await api.get(`/store/companies/${fixtures.b}/agreements/${inA.documentId}/document`, as("sara"))).status).toBe(404)
      const ulfs = await api.get(`/store/companies/${fixtures.a}/agreements/${inA.documentId}/document`, {
        ...as("ulf"),
        responseType: "arraybuffer",
      })
      expect(ulfs.status).toBe(200)
      expect((await api.get("/store/support/overview", as("sara"))).data.active_agreements).toBe(1)
    })

    it("answers 503 support_unavailable with Strapi stopped, writes nothing, and the rest of the portal works", async () => {
      const ticketsBefore = await strapiTicketCount()
      const followersBefore = await followerCount()
      await strapi.stop()
      const list = await api.get("/store/support/tickets", as("sara"))
      expect([list.status, list.data.code]).toEqual([503, "support_unavailable"])
      expect(list.data.message.sv).toMatch(/kan inte nås just nu/)
      const create = await createTicket("sara", fixtures.a, form(ticketFields("När Strapi är nere")))
      expect([create.status, create.data.code]).toEqual([503, "support_unavailable"])
      expect((await api.get("/store/agreements", as("sara"))).status).toBe(503)
      expect((await api.get("/store/companies", as("sara"))).status).toBe(200)
      expect(await followerCount()).toBe(followersBefore)
      expect(await strapiTicketCount()).toBe(ticketsBefore)
    })
  },
})
