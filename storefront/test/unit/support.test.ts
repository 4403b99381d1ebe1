jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import en from "../../messages/en.json"
import sv from "../../messages/sv.json"
import { readAgreement } from "@/lib/data/agreements"
import { agreementDocumentPath, ticketAttachmentPath } from "@/lib/data/downloads"
import { readTicketDetail, readTicketSummary } from "@/lib/data/support"
import { formatDateTime } from "@/modules/common/format"
import { agreementPdfHref, ticketAttachmentHref } from "@/modules/my-pages/download-links"
import { ATTACHMENT_ACCEPT, ATTACHMENT_RULES, attachmentProblems, chosenFiles, formatFileSize } from "@/modules/support/attachment-rules"
import { pageCount, ticketFilterFrom, ticketListQuery, ticketPageQuery } from "@/modules/support/ticket-query"
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  oneOf,
  sortKey,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_SORTS,
  TICKET_STATUSES,
  wordKey,
} from "@/modules/support/words"

const MB = 1024 * 1024

describe("support's words are the contract's", () => {
  it("shows the statuses, categories and priorities in Swedish as the contract names them", () => {
    expect(TICKET_STATUSES.map((status) => sv.support.status[status])).toEqual(["Ny", "Pågående", "Väntar på kund", "Löst", "Stängd"])
    expect(TICKET_CATEGORIES.map((category) => sv.support.category[category])).toEqual([
      "Ekonomi",
      "Försäljning",
      "Inköp",
      "Produktion",
      "Lager",
      "Backstage/installation",
      "Integration",
      "Övrigt",
    ])
    expect(TICKET_PRIORITIES.map((priority) => sv.support.priority[priority])).toEqual(["Låg", "Normal", "Hög", "Kritisk"])
    expect(AGREEMENT_TYPES.map((type) => sv.agreements.type[type])).toEqual(["Licensavtal", "Supportavtal", "Molnavtal", "Serviceavtal"])
    expect(AGREEMENT_STATUSES.map((status) => sv.agreements.status[status])).toEqual(["Kommande", "Aktivt", "Utgånget", "Uppsagt"])
  })

  it("has an English word and a sort label for every value", () => {
    for (const status of TICKET_STATUSES) expect(en.support.status[status]).toBeTruthy()
    for (const sort of TICKET_SORTS) {
      expect(sv.support.sorts[sortKey(sort) as keyof typeof sv.support.sorts]).toBeTruthy()
      expect(en.support.sorts[sortKey(sort) as keyof typeof en.support.sorts]).toBeTruthy()
    }
    expect([sv.support.listTitle, sv.support.newTicket, sv.agreements.title, sv.myPages.tabs.agreements]).toEqual([
      "Supportärenden",
      "Nytt ärende",
      "Avtal",
      "Avtal",
    ])
    expect([sv.support.ticket.close, sv.support.ticket.reopen, sv.support.ticket.follow, sv.support.ticket.unfollow]).toEqual([
      "Stäng ärendet",
      "Öppna igen",
      "Följ ärendet",
      "Sluta följa",
    ])
  })

  it("passes a known word on and turns anything else into 'unknown' / no value", () => {
    expect(oneOf(TICKET_STATUSES, "resolved")).toBe("resolved")
    expect(oneOf(TICKET_STATUSES, "deleted")).toBeUndefined()
    expect(oneOf(TICKET_STATUSES, 3)).toBeUndefined()
    expect(wordKey(TICKET_CATEGORIES, "finance")).toBe("finance")
    expect(wordKey(TICKET_CATEGORIES, "hr")).toBe("unknown")
  })
})

describe("the ticket list's query", () => {
  it("reads the page's URL tolerantly: unknown values are no filter, the first page and sort by default", () => {
    expect(ticketFilterFrom({})).toEqual({ company: undefined, status: undefined, q: undefined, sort: "lastActivityAt:desc", page: 0 })
    expect(ticketFilterFrom({ foretag: "comp_1", status: "open", sok: "  följesedel ", sortering: "number:asc", sida: "3" })).toEqual({
      company: "comp_1",
      status: "open",
      q: "följesedel",
      sort: "number:asc",
      page: 2,
    })
    expect(ticketFilterFrom({ status: "deleted", sortering: "subject:asc", sida: "-4" })).toMatchObject({
      status: undefined,
      sort: "lastActivityAt:desc",
      page: 0,
    })
    expect(ticketFilterFrom({ sida: "abc", sok: ["first", "second"] })).toMatchObject({ page: 0, q: "first" })
    expect(ticketFilterFrom({ sok: "x".repeat(500) }).q).toHaveLength(200)
  })

  it("asks the backend for one page by offset and limit, with only the filters in use", () => {
    expect(ticketListQuery({ sort: "lastActivityAt:desc", page: 0 })).toEqual({
      company_id: undefined,
      status: undefined,
      q: undefined,
      order: "lastActivityAt:desc",
      limit: 25,
      offset: 0,
    })
    expect(ticketListQuery({ company: "comp_2", status: "closed", q: "10042", sort: "number:desc", page: 2 }, 10)).toEqual({
      company_id: "comp_2",
      status: "closed",
      q: "10042",
      order: "number:desc",
      limit: 10,
      offset: 20,
    })
  })

  it("links to another page with the same filter and no default values", () => {
    const filter = { company: "comp_1", status: "open" as const, q: "lager", sort: "number:asc" as const, page: 0 }
    expect(ticketPageQuery(filter, 2)).toEqual({ foretag: "comp_1", status: "open", sok: "lager", sortering: "number:asc", sida: "2" })
    expect(ticketPageQuery({ sort: "lastActivityAt:desc", page: 1 }, 1)).toEqual({})
    expect([pageCount(0, 25), pageCount(25, 25), pageCount(26, 25), pageCount(50_000, 25)]).toEqual([1, 1, 2, 2000])
  })
})

describe("the attachment rules", () => {
  const file = (name: string, size = 100) => ({ name, size })

  it("mirror support-desk's ATTACHMENT_RULES: 5 files, 10 MB each, the same types", () => {
    expect(ATTACHMENT_RULES.maxFiles).toBe(5)
    expect(ATTACHMENT_RULES.maxBytes).toBe(10 * MB)
    expect([...ATTACHMENT_RULES.extensions].sort()).toEqual(
      ["csv", "docx", "gif", "jpeg", "jpg", "json", "log", "pdf", "png", "txt", "xlsx", "xml", "zip"].sort()
    )
    expect(ATTACHMENT_ACCEPT.split(",")).toContain(".pdf")
    const backend = path.join(__dirname, "..", "..", "..", "plugins", "support-desk", "src", "lib", "attachment-rules.ts")
    if (existsSync(backend)) {
      const source = readFileSync(backend, "utf8")
      const types = /types:\s*{([\s\S]*?)}\s*as/.exec(source)?.[1] ?? ""
      const keys = [...types.matchAll(/^\s*(\w+):\s*\[/gm)].map((match) => match[1]).sort()
      expect(keys).toEqual([...ATTACHMENT_RULES.extensions].sort())
    }
  })

  it("accept allowed files up to exactly 10 MB, any case of extension", () => {
    expect(attachmentProblems([file("Faktura.PDF", 10 * MB), file("server.log"), file("export.csv"), file("bild.jpeg")])).toEqual([])
    expect(attachmentProblems([])).toEqual([])
  })

  it("name each file that is too large or of a forbidden type, the type decided first", () => {
    expect(attachmentProblems([file("stor.pdf", 10 * MB + 1), file("setup.exe"), file("big.exe", 50 * MB), file("README")])).toEqual([
      { code: "file_too_large", name: "stor.pdf", max: 10 },
      { code: "file_type", name: "setup.exe" },
      { code: "file_type", name: "big.exe" },
      { code: "file_type", name: "README" },
    ])
  })

  it("refuse a sixth file, and ignore the empty entry of an untouched file input", () => {
    const six = ["a", "b", "c", "d", "e", "f"].map((name) => file(`${name}.txt`))
    expect(attachmentProblems(six)).toEqual([{ code: "too_many_files", max: 5 }])
    expect(attachmentProblems([...six.slice(0, 5), { name: "", size: 0 }])).toEqual([])
    expect(chosenFiles([{ name: "", size: 0 }, file("a.txt")])).toEqual([file("a.txt")])
    // The same entry after a server action decoded the form.
    expect(attachmentProblems([{ name: "undefined", size: 0 }])).toEqual([])
  })

  it("write a file's size for people", () => {
    expect(formatFileSize(12, "sv")).toBe("12 byte")
    expect(formatFileSize(830 * 1024, "sv")).toBe("830 kB")
    expect(formatFileSize(2.4 * MB, "sv")).toBe("2,4 MB")
    expect(formatFileSize(2.4 * MB, "en")).toBe("2.4 MB")
  })
})

describe("support's data layer reads the backend's answers", () => {
  it("reads a ticket summary with its company name", () => {
    const ticket = readTicketSummary({
      id: "doc_abc",
      number: 10042,
      subject: "Utskrift hänger sig",
      status: "waiting_for_customer",
      priority: "high",
      category: "sales",
      erpVersion: "25.7.2",
      companyId: "comp_1",
      companyName: "Strapi's copy",
      company_name: "Verkstad Nord AB",
      createdByName: "Bertil Berg",
      createdAt: "2026-12-01T08:00:00.000Z",
      lastActivityAt: "2026-12-03T15:30:00.000Z",
      handlerName: null,
    })
    expect(ticket).toEqual({
      id: "doc_abc",
      number: 10042,
      subject: "Utskrift hänger sig",
      status: "waiting_for_customer",
      priority: "high",
      category: "sales",
      erpVersion: "25.7.2",
      company: { id: "comp_1", name: "Verkstad Nord AB" },
      createdByName: "Bertil Berg",
      createdAt: "2026-12-01T08:00:00.000Z",
      lastActivityAt: "2026-12-03T15:30:00.000Z",
      handlerName: null,
    })
  })

  it("reads a thread, its attachments, its history and who follows it; odd fields become defaults", () => {
    const ticket = readTicketDetail({
      id: "doc_abc",
      number: "10042",
      companyId: "comp_1",
      description: "Beskrivning",
      messages: [
        {
          id: "m1",
          body: "Hej",
          authorType: "customer",
          authorName: "Bertil Berg",
          createdAt: "2026-12-01T08:00:00Z",
          attachments: [{ id: 7, name: "logg.txt", mime: "text/plain", size: 12 }],
        },
        { id: "m2", body: "Svar", authorType: "staff", authorName: "Sara Support", createdAt: "2026-12-02T08:00:00Z" },
        "not a message",
      ],
      history: [
        { kind: "status", from: "new", to: "in_progress", actorType: "staff", actorName: "Sara Support", at: "2026-12-02T08:00:00Z" },
      ],
      following: true,
      followers: [{ customer_id: "cus_1", name: "Bertil Berg" }],
    })
    expect(ticket.number).toBe(10042)
    expect(ticket.messages).toHaveLength(2)
    expect(ticket.messages[0].attachments).toEqual([{ id: "7", name: "logg.txt", mime: "text/plain", size: 12 }])
    expect(ticket.messages[1]).toMatchObject({ authorType: "staff", attachments: [] })
    expect(ticket.history[0]).toEqual({
      kind: "status",
      from: "new",
      to: "in_progress",
      actorType: "staff",
      actorName: "Sara Support",
      at: "2026-12-02T08:00:00Z",
    })
    expect(ticket.following).toBe(true)
    expect(ticket.followers).toEqual([{ customerId: "cus_1", name: "Bertil Berg" }])
    expect(readTicketDetail({}).following).toBe(false)
  })

  it("reads an agreement with its document, or none", () => {
    expect(
      readAgreement({
        id: "agr_1",
        title: "Molnavtal",
        type: "cloud",
        companyId: "comp_2",
        company_name: "Precision Syd AB",
        validFrom: "2026-01-01",
        validTo: null,
        status: "active",
        document: { id: 12, name: "molnavtal.pdf", size: 900 },
      })
    ).toEqual({
      id: "agr_1",
      title: "Molnavtal",
      type: "cloud",
      company: { id: "comp_2", name: "Precision Syd AB" },
      validFrom: "2026-01-01",
      validTo: null,
      status: "active",
      document: { id: "12", name: "molnavtal.pdf", size: 900 },
    })
    expect(readAgreement({ id: "agr_2", document: null }).document).toBeNull()
  })

  it("downloads through the storefront's own URLs and the backend's tenancy-checked paths", () => {
    expect(ticketAttachmentHref("sv", "comp_1", "doc abc", "7")).toBe("/sv/support/comp_1/doc%20abc/bilaga/7")
    expect(agreementPdfHref("sv", "comp_2", "agr_1")).toBe("/sv/mina-sidor/avtal/pdf/comp_2/agr_1")
    expect(ticketAttachmentPath("comp_1", "doc_abc", "7")).toBe("/store/companies/comp_1/support/tickets/doc_abc/attachments/7")
    expect(agreementDocumentPath("comp_2", "agr_1")).toBe("/store/companies/comp_2/agreements/agr_1/document")
  })

  it("shows a moment in Swedish as date and time in Sweden", () => {
    expect(formatDateTime("2026-12-04T15:05:00Z", "sv")).toBe("2026-12-04 16:05")
    expect(formatDateTime("2026-07-01T10:00:00Z", "en")).toBe("1 Jul 2026, 12:00")
    expect(formatDateTime(null, "sv")).toBe("–")
  })
})
