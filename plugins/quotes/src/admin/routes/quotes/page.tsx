import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentSeries } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  adminFetch,
  adminHref,
  allCompanies,
  type CompanySummary,
  errorText,
  formatDateTime,
  formatValidUntil,
  kronor,
  type QuoteList,
  type QuoteStatus,
  type QuoteSummary,
  STATUS_LABELS,
} from "../../lib/api"

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; quotes: QuoteSummary[]; count: number }

const PAGE_SIZE = 50
const ALL = "all"

/** The status filter: what is waiting for staff first. */
const STATUS_FILTERS: { value: QuoteStatus | typeof ALL; label: string }[] = [
  { value: "requested", label: "Att hantera" },
  { value: "sent", label: "Skickade" },
  { value: "expired", label: "Utgångna" },
  { value: "accepted", label: "Accepterade" },
  { value: "declined", label: "Avböjda" },
  { value: "cancelled", label: "Avbrutna" },
  { value: ALL, label: "Alla statusar" },
]

/**
 * /app/quotes — "Offerter": the quote queue, oldest first, filtered by status (default the requested
 * quotes staff have to price and send) and company; each quote links to its page.
 */
const QuotesPage = () => {
  const [status, setStatus] = useState<QuoteStatus | typeof ALL>("requested")
  const [companyId, setCompanyId] = useState<string>(ALL)
  const [offset, setOffset] = useState(0)
  const [state, setState] = useState<LoadState>({ status: "loading" })
  const [companies, setCompanies] = useState<CompanySummary[]>([])
  const [companiesError, setCompaniesError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    allCompanies(controller.signal)
      .then(setCompanies)
      .catch((error) => !controller.signal.aborted && setCompaniesError(errorText(error)))
    return () => controller.abort()
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) })
    if (status !== ALL) params.set("status", status)
    if (companyId !== ALL) params.set("company_id", companyId)
    setState({ status: "loading" })
    adminFetch<QuoteList>(`/admin/quotes?${params}`, { signal: controller.signal })
      .then((body) => setState({ status: "ready", quotes: body.quotes, count: body.count }))
      .catch((error) => !controller.signal.aborted && setState({ status: "error", message: errorText(error) }))
    return () => controller.abort()
  }, [status, companyId, offset])

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Offerter</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Kundernas offertförfrågningar, äldst först. Summa i SEK exklusive moms.
          </Text>
        </div>
        <div className="flex flex-wrap gap-2">
          <Select
            value={status}
            onValueChange={(value) => {
              setOffset(0)
              setStatus(value as QuoteStatus | typeof ALL)
            }}
          >
            <Select.Trigger aria-label="Filtrera på status" className="w-44">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUS_FILTERS.map((filter) => (
                <Select.Item key={filter.value} value={filter.value}>
                  {filter.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select
            value={companyId}
            onValueChange={(value) => {
              setOffset(0)
              setCompanyId(value)
            }}
          >
            <Select.Trigger aria-label="Filtrera på företag" className="w-56">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Alla företag</Select.Item>
              {companies.map((company) => (
                <Select.Item key={company.id} value={company.id}>
                  {company.name} ({company.customer_number})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {companiesError && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          Företagen kunde inte hämtas: {companiesError}
        </Text>
      )}
      {state.status === "loading" && <Text className="px-6 py-4">Laddar …</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Offerterna kunde inte hämtas: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Offert</Table.HeaderCell>
                <Table.HeaderCell>Företag</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Begärd</Table.HeaderCell>
                <Table.HeaderCell>Begärd av</Table.HeaderCell>
                <Table.HeaderCell>Giltig till</Table.HeaderCell>
                <Table.HeaderCell>Summa</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {state.quotes.length === 0 && (
                <Table.Row>
                  <Table.Cell>Inga offerter.</Table.Cell>
                </Table.Row>
              )}
              {state.quotes.map((quote) => (
                <Table.Row key={quote.id}>
                  <Table.Cell>
                    <a href={adminHref(`/quotes/${quote.id}`)} className="text-ui-fg-interactive">
                      Offert {quote.number}
                    </a>
                  </Table.Cell>
                  <Table.Cell>{quote.company.name}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_LABELS[quote.status].color}>
                      {STATUS_LABELS[quote.status].label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(quote.requested_at)}</Table.Cell>
                  <Table.Cell>
                    {quote.requested_by.name}
                    {quote.requested_by.email && <span className="text-ui-fg-subtle"> ({quote.requested_by.email})</span>}
                  </Table.Cell>
                  <Table.Cell>{formatValidUntil(quote.valid_until)}</Table.Cell>
                  <Table.Cell>{kronor(quote.subtotal, quote.currency_code)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {state.count === 0 ? "0" : `${offset + 1}–${Math.min(offset + PAGE_SIZE, state.count)}`} av {state.count}
            </Text>
            <span className="flex gap-2">
              <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Föregående
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={offset + PAGE_SIZE >= state.count}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Nästa
              </Button>
            </span>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Offerter", icon: DocumentSeries })

export default QuotesPage
