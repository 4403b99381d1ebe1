import { Module } from "@medusajs/framework/utils"
import QuoteModuleService from "./service"

export const QUOTE_MODULE = "quote"

export default Module(QUOTE_MODULE, { service: QuoteModuleService })

export { QuoteModuleService }
export type { Decider, QuoteMessageRow, QuoteRow, StoredQuoteStatus } from "./service"
export { REMINDER_BEFORE_MS } from "./service"
