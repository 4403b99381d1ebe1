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
}
