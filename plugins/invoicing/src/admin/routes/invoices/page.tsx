import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Prompt, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  adminFetch,
  adminHref,
  type CompanySummary,
  formatOre,
  type InvoiceStatus,
  type InvoiceSummary,
  STATUS_LABELS,
} from "../../lib/api"

type LoadState =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; invoices: InvoiceSummary[]; count: number }
type Action = { invoice: InvoiceSummary; kind: "mark-paid" | "credit" }

const PAGE_SIZE = 50
const ALL = "all"

/**
 * /app/invoices — "Fakturor": every invoice and credit note, filtered by company,
 * status and kind; mark an invoice paid (capturing an authorized order payment),
 * credit it, open its PDF. Below, the companies, each linking to its billing page.
 */
const InvoicesPage = () => {
  const [companyId, setCompanyId] = useState("")
  const [status, setStatus] = useState<InvoiceStatus | typeof ALL>(ALL)
  const [kind, setKind] = useState<"invoice" | "credit_note" | typeof ALL>(ALL)
  const [offset, setOffset] = useState(0)
  const [state, setState] = useState<LoadState>({ status: "loading" })
  const [action, setAction] = useState<Action | null>(null)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) })
      if (companyId.trim()) params.set("company_id", companyId.trim())
      if (status !== ALL) params.set("status", status)
      if (kind !== ALL) params.set("kind", kind)
      try {
        const body = await adminFetch<{ invoices: InvoiceSummary[]; count: number }>(`/admin/invoices?${params}`, { signal })
        setState({ status: "ready", invoices: body.invoices, count: body.count })
      } catch (error) {
        if (!signal?.aborted) setState({ status: "error", message: error instanceof Error ? error.message : String(error) })
      }
    },
    [companyId, status, kind, offset]
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const perform = async (current: Action) => {
    setBusy(true)
    setMessage(null)
    try {
      if (current.kind === "mark-paid") {
        const body = await adminFetch<{ captured_payment_ids: string[] }>(`/admin/invoices/${current.invoice.id}/mark-paid`, {
          method: "POST",
          body: {},
        })
        const captured = body.captured_payment_ids.length ? ` (captured ${body.captured_payment_ids.length} payment(s))` : ""
        setMessage({ error: false, text: `Invoice ${current.invoice.display_number} marked paid${captured}.` })
      } else {
        const body = await adminFetch<{ credit_note: InvoiceSummary; email_sent: boolean }>(
          `/admin/invoices/${current.invoice.id}/credit`,
          {
            method: "POST",
            body: { reason },
          }
        )
        setMessage({
          error: false,
          text: `Credit note ${body.credit_note.display_number} issued${body.email_sent ? " and e-mailed" : " (not e-mailed)"}.`,
        })
      }
      setReason("")
      await load()
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Fakturor</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Invoices and credit notes, newest first. Amounts include VAT.
          </Text>
        </div>
        <div className="flex flex-wrap gap-2">
          <Input
            aria-label="Filter by company id"
            placeholder="Company id (comp_…)"
            value={companyId}
            onChange={(event) => {
              setOffset(0)
              setCompanyId(event.target.value)
            }}
            className="w-56"
          />
          <Select
            value={status}
            onValueChange={(value) => {
              setOffset(0)
              setStatus(value as InvoiceStatus | typeof ALL)
            }}
          >
            <Select.Trigger aria-label="Filter by status" className="w-36">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {(Object.keys(STATUS_LABELS) as InvoiceStatus[]).map((value) => (
                <Select.Item key={value} value={value}>
                  {STATUS_LABELS[value].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select
            value={kind}
            onValueChange={(value) => {
              setOffset(0)
              setKind(value as "invoice" | "credit_note" | typeof ALL)
            }}
          >
            <Select.Trigger aria-label="Filter by kind" className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Invoices and credit notes</Select.Item>
              <Select.Item value="invoice">Invoices</Select.Item>
              <Select.Item value="credit_note">Credit notes</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>

      {message && (
        <Text className={`px-6 py-3 ${message.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`} role={message.error ? "alert" : "status"}>
          {message.text}
        </Text>
      )}
      {state.status === "loading" && <Text className="px-6 py-4">Loading invoices…</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load invoices: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Number</Table.HeaderCell>
                <Table.HeaderCell>Company</Table.HeaderCell>
                <Table.HeaderCell>Issued</Table.HeaderCell>
                <Table.HeaderCell>Due</Table.HeaderCell>
                <Table.HeaderCell>Total</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Actions</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {state.invoices.length === 0 && (
                <Table.Row>
                  <Table.Cell>No invoices.</Table.Cell>
                </Table.Row>
              )}
              {state.invoices.map((invoice) => (
                <Table.Row key={invoice.id}>
                  <Table.Cell>
                    {invoice.kind === "credit_note" ? "Credit note " : ""}
                    {invoice.display_number}
                    {invoice.recurring ? " (fee)" : ""}
                  </Table.Cell>
                  <Table.Cell>
                    <a href={adminHref(`/companies/${invoice.company_id}/billing`)} className="text-ui-fg-interactive">
                      {invoice.company_name}
                    </a>
                  </Table.Cell>
                  <Table.Cell>{invoice.issue_date}</Table.Cell>
                  <Table.Cell>{invoice.kind === "invoice" ? invoice.due_date : "–"}</Table.Cell>
                  <Table.Cell>{formatOre(invoice.total, invoice.currency_code)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_LABELS[invoice.status].color}>
                      {STATUS_LABELS[invoice.status].label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <span className="flex gap-2">
                      <a
                        href={`/admin/invoices/${invoice.id}/pdf`}
                        className="text-ui-fg-interactive txt-compact-small"
                        target="_blank"
                        rel="noreferrer"
                      >
                        PDF
                      </a>
                      {(invoice.status === "unpaid" || invoice.status === "overdue") && (
                        <Button size="small" variant="secondary" disabled={busy} onClick={() => setAction({ invoice, kind: "mark-paid" })}>
                          Mark paid
                        </Button>
                      )}
                      {invoice.kind === "invoice" && invoice.status !== "credited" && (
                        <Button size="small" variant="danger" disabled={busy} onClick={() => setAction({ invoice, kind: "credit" })}>
                          Credit
                        </Button>
                      )}
                    </span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {state.count === 0 ? "0" : `${offset + 1}–${Math.min(offset + PAGE_SIZE, state.count)}`} of {state.count}
            </Text>
            <span className="flex gap-2">
              <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Previous
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={offset + PAGE_SIZE >= state.count}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next
              </Button>
            </span>
          </div>
        </>
      )}

      <CompanyBillingLinks />

      <Prompt
        open={action !== null}
        onOpenChange={(open) => !open && setAction(null)}
        variant={action?.kind === "credit" ? "danger" : "confirmation"}
      >
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>
              {action?.kind === "credit"
                ? `Credit invoice ${action.invoice.display_number}?`
                : `Mark invoice ${action?.invoice.display_number} paid?`}
            </Prompt.Title>
            <Prompt.Description>
              {action?.kind === "credit"
                ? "A credit note for the whole invoice is issued in its own series and e-mailed to the company. It cannot be undone."
                : "If the invoice's order has an authorized payment that is not captured, it is captured now."}
            </Prompt.Description>
          </Prompt.Header>
          {action?.kind === "credit" && (
            <div className="flex flex-col gap-1 px-6 pb-4">
              <Label htmlFor="credit-reason">Reason</Label>
              <Textarea id="credit-reason" value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />
            </div>
          )}
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action
              disabled={action?.kind === "credit" && !reason.trim()}
              onClick={() => {
                if (action) perform(action)
                setAction(null)
              }}
            >
              {action?.kind === "credit" ? "Issue credit note" : "Mark paid"}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}

/** The companies, each linking to its billing profile and fee invoices (as the ERP installations page links to a company's ERP page). */
const CompanyBillingLinks = () => {
  const [search, setSearch] = useState("")
  const [companies, setCompanies] = useState<CompanySummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: "20" })
    if (search.trim()) params.set("q", search.trim())
    adminFetch<{ companies: CompanySummary[] }>(`/admin/companies?${params}`, { signal: controller.signal })
      .then((body) => setCompanies(body.companies))
      .catch((failure) => {
        if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure))
      })
    return () => controller.abort()
  }, [search])

  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">Billing profiles and fee invoices</Heading>
        <Input
          type="search"
          aria-label="Search companies by name or customer number"
          placeholder="Search name or customer number"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-72"
        />
      </div>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          Could not load companies: {error}
        </Text>
      )}
      <ul className="flex flex-col gap-1">
        {(companies ?? []).map((company) => (
          <li key={company.id}>
            <a href={adminHref(`/companies/${company.id}/billing`)} className="text-ui-fg-interactive txt-compact-small">
              {company.name} ({company.customer_number}) — billing profile, fee invoice
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Fakturor",
  icon: DocumentText,
})

export default InvoicesPage
