import { Badge, Button, Container, Heading, Label, Prompt, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  adminFetch,
  adminHref,
  type AdminLicense,
  companyIdFromLocation,
  type CompanySummary,
  formatDate,
  KIND_LABEL,
  type LicenseStatus,
  STATUS_BADGE,
} from "../../../../lib/api"

type LoadState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; company: CompanySummary; licenses: AdminLicense[]; count: number }

const ALL = "all"

/**
 * /app/companies/:id/licenses — the licenses delivered for a company's orders, with
 * status and renewal date. Vendor staff revoke one with a reason, after a confirmation.
 */
const CompanyLicensesPage = () => {
  const id = companyIdFromLocation()
  const [state, setState] = useState<LoadState>({ status: "loading" })
  const [filter, setFilter] = useState<LicenseStatus | typeof ALL>(ALL)
  const [revoking, setRevoking] = useState<AdminLicense | null>(null)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const params = new URLSearchParams({ limit: "200" })
        if (filter !== ALL) params.set("status", filter)
        const body = await adminFetch<{ company: CompanySummary; licenses: AdminLicense[]; count: number }>(
          `/admin/companies/${id}/licenses?${params}`,
          { signal }
        )
        setState({ status: "ready", company: body.company, licenses: body.licenses, count: body.count })
      } catch (error) {
        if (!signal?.aborted) setState({ status: "error", message: error instanceof Error ? error.message : String(error) })
      }
    },
    [id, filter]
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const revoke = async (license: AdminLicense) => {
    setBusy(true)
    setActionError(null)
    try {
      await adminFetch(`/admin/licenses/${license.id}/revoke`, { method: "POST", body: { reason: reason.trim() } })
      setRevoking(null)
      setReason("")
      await load()
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">
            Licenses{state.status === "ready" ? ` – ${state.company.name} (${state.company.customer_number})` : ""}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Delivered when an order is placed, one per order line. Revoking marks the license and publishes its id on the revocation list;
            an ERP learns of it when it next checks online.
          </Text>
        </div>
        <a href={adminHref("/licenses")} className="text-ui-fg-interactive txt-compact-small">
          All companies
        </a>
      </div>

      <div className="flex items-end gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="license-status-filter">Status</Label>
          <Select value={filter} onValueChange={(value) => setFilter(value as LicenseStatus | typeof ALL)}>
            <Select.Trigger id="license-status-filter" className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All</Select.Item>
              {(Object.keys(STATUS_BADGE) as LicenseStatus[]).map((status) => (
                <Select.Item key={status} value={status}>
                  {STATUS_BADGE[status].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {state.status === "ready" && (
          <Text size="small" className="text-ui-fg-subtle">
            {state.count} license{state.count === 1 ? "" : "s"}
          </Text>
        )}
      </div>

      {actionError && !revoking && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          {actionError}
        </Text>
      )}
      {state.status === "loading" && <Text className="px-6 py-4">Loading licenses…</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load licenses: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>License key</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Seats</Table.HeaderCell>
              <Table.HeaderCell>Valid from</Table.HeaderCell>
              <Table.HeaderCell>Renewal</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.licenses.length === 0 && (
              <Table.Row>
                <Table.Cell>No licenses.</Table.Cell>
              </Table.Row>
            )}
            {state.licenses.map((license) => (
              <Table.Row key={license.id}>
                <Table.Cell>
                  {license.product_title} <span className="text-ui-fg-subtle">({license.product_code})</span>
                </Table.Cell>
                <Table.Cell>
                  <span className="font-mono">{license.license_key}</span>
                </Table.Cell>
                <Table.Cell>{KIND_LABEL[license.kind]}</Table.Cell>
                <Table.Cell>{license.seats}</Table.Cell>
                <Table.Cell>{formatDate(license.valid_from)}</Table.Cell>
                <Table.Cell>{license.term === "perpetual" ? "Perpetual" : formatDate(license.valid_until)}</Table.Cell>
                <Table.Cell>{license.order_number}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_BADGE[license.status].color}>
                    {STATUS_BADGE[license.status].label}
                  </Badge>
                  {license.revoked_at && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {formatDate(license.revoked_at)}: {license.revocation_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {!license.revoked_at && (
                    <Button
                      size="small"
                      variant="danger"
                      disabled={busy}
                      onClick={() => {
                        setActionError(null)
                        setReason("")
                        setRevoking(license)
                      }}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <Prompt open={revoking !== null} onOpenChange={(open) => !open && setRevoking(null)} variant="danger">
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Revoke license {revoking?.license_key}?</Prompt.Title>
            <Prompt.Description>
              {revoking?.product_title} ({revoking?.seats} seats, order {revoking?.order_number}). The customer can no longer download the
              file and the license id is published as revoked. This cannot be undone.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-2 px-6 pb-4">
            <Label htmlFor="license-revoke-reason">Reason (recorded in the audit log)</Label>
            <Textarea
              id="license-revoke-reason"
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              placeholder="e.g. Credited on invoice 10234"
            />
            {actionError && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {actionError}
              </Text>
            )}
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Button
              variant="danger"
              size="small"
              isLoading={busy}
              disabled={busy || reason.trim().length < 3}
              onClick={() => revoking && revoke(revoking)}
            >
              Revoke
            </Button>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}

export default CompanyLicensesPage
