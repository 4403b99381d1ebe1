import { Badge, Button, Container, Heading, Input, Label, Prompt, Table, Text, Copy } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  adminFetch,
  adminHref,
  companyIdFromLocation,
  formatDate,
  type CompanySummary,
  type ErpFacts,
  type ErpInstallation,
} from "../../../../lib/api"

type LoadState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; company: CompanySummary; facts: ErpFacts; installations: ErpInstallation[] }

type ShownSecret = { installation: ErpInstallation; secret: string; reason: "created" | "rotated" }

/**
 * /app/companies/:id/erp — a company's Monitor ERP installations. Vendor staff
 * create one (the shared secret is shown once, in a dialog), rotate its secret
 * (the new one shown once, the old one stops working) or disable it.
 */
const CompanyErpPage = () => {
  const id = companyIdFromLocation()
  const [state, setState] = useState<LoadState>({ status: "loading" })
  const [label, setLabel] = useState("")
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const [shown, setShown] = useState<ShownSecret | null>(null)
  const [confirm, setConfirm] = useState<{ installation: ErpInstallation; action: "rotate" | "disable" } | null>(null)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const body = await adminFetch<{ company: CompanySummary; erp_facts: ErpFacts; erp_installations: ErpInstallation[] }>(
          `/admin/companies/${id}/erp-installations`,
          { signal }
        )
        setState({ status: "ready", company: body.company, facts: body.erp_facts, installations: body.erp_installations })
      } catch (error) {
        if (!signal?.aborted) setState({ status: "error", message: error instanceof Error ? error.message : String(error) })
      }
    },
    [id]
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setActionError(null)
    try {
      await work()
      await load()
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const create = () =>
    run(async () => {
      const body = await adminFetch<{ erp_installation: ErpInstallation; secret: string }>(`/admin/companies/${id}/erp-installations`, {
        method: "POST",
        body: { label: label.trim() || null },
      })
      setLabel("")
      setShown({ installation: body.erp_installation, secret: body.secret, reason: "created" })
    })

  const perform = (installation: ErpInstallation, action: "rotate" | "disable") =>
    run(async () => {
      const body = await adminFetch<{ erp_installation: ErpInstallation; secret?: string }>(
        `/admin/companies/${id}/erp-installations/${installation.id}/${action}`,
        { method: "POST", body: {} }
      )
      if (action === "rotate" && body.secret) setShown({ installation: body.erp_installation, secret: body.secret, reason: "rotated" })
    })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">
            ERP installations{state.status === "ready" ? ` – ${state.company.name} (${state.company.customer_number})` : ""}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each installation signs the ERP's "Registrera dig som admin för myMonitor" requests with its shared secret.
          </Text>
          {state.status === "ready" && (
            <Text size="small" className="text-ui-fg-subtle">
              ERP version: {state.facts.erp_version ?? "not reported yet"}
              {state.facts.erp_version_reported_at ? ` (reported ${formatDate(state.facts.erp_version_reported_at)})` : ""} · Portal
              activated: {state.facts.portal_activated_at ? formatDate(state.facts.portal_activated_at) : "not yet"}
            </Text>
          )}
        </div>
        <a href={adminHref("/erp-installations")} className="text-ui-fg-interactive txt-compact-small">
          All companies
        </a>
      </div>

      <div className="flex items-end gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="erp-installation-label">Label (optional)</Label>
          <Input
            id="erp-installation-label"
            placeholder="e.g. Production server"
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.target.value)}
            className="w-72"
          />
        </div>
        <Button onClick={create} isLoading={busy} disabled={busy || state.status !== "ready"}>
          Create installation
        </Button>
      </div>

      {actionError && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          {actionError}
        </Text>
      )}
      {state.status === "loading" && <Text className="px-6 py-4">Loading installations…</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load installations: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Installation id</Table.HeaderCell>
              <Table.HeaderCell>Label</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Created</Table.HeaderCell>
              <Table.HeaderCell>Secret rotated</Table.HeaderCell>
              <Table.HeaderCell>Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.installations.length === 0 && (
              <Table.Row>
                <Table.Cell>No installations yet.</Table.Cell>
              </Table.Row>
            )}
            {state.installations.map((installation) => (
              <Table.Row key={installation.id}>
                <Table.Cell>
                  <span className="flex items-center gap-1 font-mono">
                    {installation.id} <Copy content={installation.id} />
                  </span>
                </Table.Cell>
                <Table.Cell>{installation.label ?? "–"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={installation.status === "active" ? "green" : "red"}>
                    {installation.status === "active" ? "Active" : `Disabled ${formatDate(installation.disabled_at)}`}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{formatDate(installation.created_at)}</Table.Cell>
                <Table.Cell>{formatDate(installation.rotated_at)}</Table.Cell>
                <Table.Cell>
                  {installation.status === "active" && (
                    <span className="flex gap-2">
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={busy}
                        onClick={() => setConfirm({ installation, action: "rotate" })}
                      >
                        Rotate secret
                      </Button>
                      <Button size="small" variant="danger" disabled={busy} onClick={() => setConfirm({ installation, action: "disable" })}>
                        Disable
                      </Button>
                    </span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <Prompt
        open={confirm !== null}
        onOpenChange={(open) => !open && setConfirm(null)}
        variant={confirm?.action === "disable" ? "danger" : "confirmation"}
      >
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{confirm?.action === "rotate" ? "Rotate the shared secret?" : "Disable the installation?"}</Prompt.Title>
            <Prompt.Description>
              {confirm?.action === "rotate"
                ? "The current secret stops working at once; the ERP needs the new one, which is shown only once."
                : "The ERP's requests are refused from now on and its unused registration links stop working. This cannot be undone."}
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action
              onClick={() => {
                if (confirm) perform(confirm.installation, confirm.action)
                setConfirm(null)
              }}
            >
              {confirm?.action === "rotate" ? "Rotate" : "Disable"}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>

      <Prompt open={shown !== null} onOpenChange={(open) => !open && setShown(null)} variant="confirmation">
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{shown?.reason === "created" ? "Installation created" : "New secret"}</Prompt.Title>
            <Prompt.Description>
              Copy the secret into the ERP installation now. It is shown only this once; afterwards it can only be replaced by rotating.
            </Prompt.Description>
          </Prompt.Header>
          {shown && (
            <div className="flex flex-col gap-2 px-6 pb-4">
              <Text size="small">Installation id</Text>
              <code className="flex items-center gap-2 break-all font-mono" data-testid="erp-installation-id">
                {shown.installation.id} <Copy content={shown.installation.id} />
              </code>
              <Text size="small">Shared secret</Text>
              <code className="flex items-center gap-2 break-all font-mono" data-testid="erp-installation-secret">
                {shown.secret} <Copy content={shown.secret} />
              </code>
            </div>
          )}
          <Prompt.Footer>
            <Prompt.Action onClick={() => setShown(null)}>I have copied the secret</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}

export default CompanyErpPage
