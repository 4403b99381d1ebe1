import { conflict, notFound } from "@mymonitor/common/lib/portal-errors"

export const quoteNotFound = () => notFound({ sv: "Offerten hittades inte.", en: "The quote was not found." })

export const quoteChanged = () =>
  conflict("quote_changed", {
    sv: "Offerten har ändrats sedan den skickades. Vänta på en ny offert från Monitor.",
    en: "The quote has changed since it was sent. Wait for Monitor to send it again.",
  })

export const quoteExpired = () =>
  conflict("quote_expired", {
    sv: "Offerten har gått ut. Kontakta Monitor eller begär en ny offert.",
    en: "The quote has expired. Contact Monitor or request a new quote.",
  })

export const quoteNotOpen = () =>
  conflict("quote_not_open", {
    sv: "Offerten kan inte längre besvaras.",
    en: "The quote can no longer be answered.",
  })

export const quoteNotSendable = () =>
  conflict("quote_not_sendable", {
    sv: "Offerten kan inte skickas i sitt nuvarande läge (avsluta pågående ändringar i utkastordern först).",
    en: "The quote cannot be sent as it is (finish the draft order's edit in progress first).",
  })
