import { single } from "@/modules/common/company-choice"
import { oneOf, TICKET_SORTS, TICKET_STATUS_FILTERS, type TicketSort } from "./words"

// The ticket list's filter as it stands in the page's URL (Swedish parameter names, like `sida`
// elsewhere), read tolerantly, and as the backend's query (GET /store/support/tickets). Pure.

export const TICKET_PAGE_SIZE = 25
const MAX_SEARCH_LENGTH = 200

export interface TicketFilter {
  company?: string
  status?: (typeof TICKET_STATUS_FILTERS)[number]
  q?: string
  sort: TicketSort
  /** 0-based. */
  page: number
}

type SearchParams = Record<string, string | string[] | undefined>

/** `?foretag=&status=&sok=&sortering=&sida=` → the filter; anything unknown is no filter. */
export function ticketFilterFrom(params: SearchParams): TicketFilter {
  const q = single(params.sok)?.slice(0, MAX_SEARCH_LENGTH)
  const pageNumber = Number.parseInt(single(params.sida) ?? "1", 10)
  return {
    company: single(params.foretag),
    status: oneOf(TICKET_STATUS_FILTERS, single(params.status)),
    q: q || undefined,
    sort: oneOf(TICKET_SORTS, single(params.sortering)) ?? TICKET_SORTS[0],
    page: Number.isFinite(pageNumber) && pageNumber > 1 ? Math.min(pageNumber - 1, 10_000) : 0,
  }
}

/** The backend's query for one page of the list. */
export function ticketListQuery(filter: TicketFilter, pageSize = TICKET_PAGE_SIZE): Record<string, string | number | undefined> {
  return {
    company_id: filter.company,
    status: filter.status,
    q: filter.q,
    order: filter.sort,
    limit: pageSize,
    offset: filter.page * pageSize,
  }
}

/** The page's own URL query for the same filter on another page (defaults left out: short, shareable URLs). */
export function ticketPageQuery(filter: TicketFilter, pageNumber: number): Record<string, string> {
  const query: Record<string, string> = {}
  if (filter.company) query.foretag = filter.company
  if (filter.status) query.status = filter.status
  if (filter.q) query.sok = filter.q
  if (filter.sort !== TICKET_SORTS[0]) query.sortering = filter.sort
  if (pageNumber > 1) query.sida = String(pageNumber)
  return query
}

export function pageCount(count: number, limit: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, limit)))
}
