import type { TemplateData, TemplateName } from "../../templates"

/** One valid message of every template, with recognisable secrets. */
export const SAMPLES: { [N in TemplateName]: { to: string; data: TemplateData<N>; secrets: string[] } } = {
  registration: {
    to: "anna@kund.se",
    data: {
      link: "http://portal.test/sv/registrera?token=RegSecret_1",
      companyName: "Verkstad Nord AB",
      erpUserName: "Anna",
      ttlHours: 48,
    },
    secrets: ["RegSecret_1"],
  },
  invitation: {
    to: "bo@kund.se",
    data: {
      link: "http://portal.test/sv/inbjudan?token=InvSecret_2",
      role: "admin",
      companyNames: ["Verkstad Nord AB"],
      inviterName: "Anna Andersson",
      ttlDays: 7,
    },
    secrets: ["InvSecret_2"],
  },
  "enrolment-code": { to: "olle@kund.se", data: { code: "731904", ttlMinutes: 15 }, secrets: ["731904"] },
  "password-reset": {
    to: "erik@kund.se",
    data: { link: "http://portal.test/sv/aterstall-losenord?token=PwdSecret_3", ttlMinutes: 30 },
    secrets: ["PwdSecret_3"],
  },
  "sms-code": { to: "+46701234567", data: { code: "590217", ttlMinutes: 5 }, secrets: ["590217"] },
  "order-confirmation": {
    to: "bertil@kund.se",
    data: {
      orderNumber: "1042",
      companyName: "Verkstad Nord AB",
      yourReference: "PO-7781",
      lines: [{ title: "Monitor ERP – användarlicens", quantity: 1, total: 8900 }],
      subtotal: 8900,
      taxTotal: 2225,
      total: 11125,
      licenses: [{ product: "Monitor ERP – användarlicens", key: "LICKEY-SECRET-4", seats: 1 }],
      invoiceNumber: "1001",
      link: "http://portal.test/sv/mina-sidor/bestallningar/order_1?company=comp_1",
    },
    secrets: ["LICKEY-SECRET-4"],
  },
  "invoice-issued": {
    to: "faktura@kund.se",
    data: {
      kind: "invoice",
      invoiceNumber: "1042",
      companyName: "Verkstad Nord AB",
      issueDate: "2026-12-04",
      dueDate: "2027-01-03",
      totalOre: 1_407_582,
      currency: "sek",
      bankgiro: "5555-5551",
      ocr: "104262",
      yourReference: "Anna",
      sellerName: "Monitor ERP System AB",
      link: "http://portal.test/sv/mina-sidor/fakturor",
    },
    secrets: [],
  },
  "support-ticket-created": {
    to: "anna@kund.se",
    data: {
      ticketNumber: 10042,
      subject: "Fakturan skrivs inte ut",
      companyName: "Verkstad Nord AB",
      link: "http://portal.test/sv/support/comp_1/tkt_abc",
    },
    secrets: [],
  },
  "support-ticket-reply": {
    to: "anna@kund.se",
    data: {
      ticketNumber: 10042,
      subject: "Fakturan skrivs inte ut",
      companyName: "Verkstad Nord AB",
      authorName: "Sara Support",
      body: "Prova att välja en annan skrivare.",
      link: "http://portal.test/sv/support/comp_1/tkt_abc",
    },
    secrets: [],
  },
  "support-ticket-status": {
    to: "anna@kund.se",
    data: {
      ticketNumber: 10042,
      subject: "Fakturan skrivs inte ut",
      companyName: "Verkstad Nord AB",
      from: "in_progress",
      to: "resolved",
      link: "http://portal.test/sv/support/comp_1/tkt_abc",
    },
    secrets: [],
  },
  "support-ticket-close-notice": {
    to: "anna@kund.se",
    data: {
      ticketNumber: 10042,
      subject: "Fakturan skrivs inte ut",
      companyName: "Verkstad Nord AB",
      closesAt: "2026-12-16T10:00:00.000Z",
      link: "http://portal.test/sv/support/comp_1/tkt_abc",
    },
    secrets: [],
  },
}
