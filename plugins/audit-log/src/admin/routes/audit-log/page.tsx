import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type AuditEvent = {
  id: string
  action: string
  actor_type: string
  actor_id: string | null
  actor_email: string | null
  company_id: string | null
  ip: string | null
  details: Record<string, unknown> | null
  created_at: string
}

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; events: AuditEvent[]; count: number }

const PAGE_SIZE = 50

/** Vendor staff read the whole audit log: who did what, in which company, when and from where. */
const AuditLogPage = () => {
  const [companyId, setCompanyId] = useState("")
  const [action, setAction] = useState("")
  const [offset, setOffset] = useState(0)
  const [state, setState] = useState<LoadState>({ status: "loading" })

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) })
    if (companyId.trim()) params.set("company_id", companyId.trim())
    if (action.trim()) params.set("action", action.trim())
    setState({ status: "loading" })
    fetch(`/admin/audit-events?${params}`, { credentials: "include", signal: controller.signal })
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body.message?.en ?? `${response.status} ${response.statusText}`)
        setState({ status: "ready", events: body.audit_events, count: body.count })
      })
      .catch((error) => {
        if (!controller.signal.aborted) setState({ status: "error", message: String(error.message ?? error) })
      })
    return () => controller.abort()
  }, [companyId, action, offset])

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Audit log</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Security events of the portal and the ERP API, newest first.
          </Text>
        </div>
        <div className="flex gap-2">
          <Input
            aria-label="Filter by company id"
            placeholder="Company id (comp_…)"
            value={companyId}
            onChange={(event) => {
              setOffset(0)
              setCompanyId(event.target.value)
            }}
            className="w-64"
          />
          <Input
            aria-label="Filter by action"
            placeholder="Action (e.g. invitation.sent)"
            value={action}
            onChange={(event) => {
              setOffset(0)
              setAction(event.target.value)
            }}
            className="w-56"
          />
        </div>
      </div>
      {state.status === "loading" && <Text className="px-6 py-4">Loading events…</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the audit log: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell>Who</Table.HeaderCell>
              <Table.HeaderCell>Company</Table.HeaderCell>
              <Table.HeaderCell>From</Table.HeaderCell>
              <Table.HeaderCell>Details</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.events.length === 0 && (
              <Table.Row>
                <Table.Cell>No events match.</Table.Cell>
              </Table.Row>
            )}
            {state.events.map((event) => (
              <Table.Row key={event.id}>
                <Table.Cell>{new Date(event.created_at).toLocaleString("sv-SE")}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{event.action}</Badge>
                </Table.Cell>
                <Table.Cell>
                  {event.actor_type}: {event.actor_email ?? event.actor_id ?? "–"}
                </Table.Cell>
                <Table.Cell>{event.company_id ?? "–"}</Table.Cell>
                <Table.Cell>{event.ip ?? "–"}</Table.Cell>
                <Table.Cell>
                  <code className="text-xs">{event.details ? JSON.stringify(event.details) : ""}</code>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {state.status === "ready" && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {state.count === 0 ? 0 : offset + 1}–{Math.min(offset + PAGE_SIZE, state.count)} of {state.count} events
          </Text>
          <div className="flex gap-2">
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
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Audit log",
  icon: ShieldCheck,
})

export default AuditLogPage
