import { defineRouteConfig } from "@medusajs/admin-sdk"
import { KeySolid } from "@medusajs/icons"
import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, adminHref, type CompanySummary } from "../../lib/api"

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; companies: CompanySummary[] }

/** /app/erp-installations — pick a company to manage its Monitor ERP installations. */
const ErpInstallationsPage = () => {
  const [search, setSearch] = useState("")
  const [state, setState] = useState<LoadState>({ status: "loading" })

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: "100" })
    if (search.trim()) params.set("q", search.trim())
    adminFetch<{ companies: CompanySummary[] }>(`/admin/companies?${params}`, { signal: controller.signal })
      .then((body) => setState({ status: "ready", companies: body.companies }))
      .catch((error) => {
        if (!controller.signal.aborted) setState({ status: "error", message: String(error.message ?? error) })
      })
    return () => controller.abort()
  }, [search])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">ERP installations</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Choose a company to create, rotate or disable its Monitor ERP installations.
          </Text>
        </div>
        <Input
          type="search"
          aria-label="Search companies by name or customer number"
          placeholder="Search name or customer number"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-72"
        />
      </div>
      {state.status === "loading" && <Text className="px-6 py-4">Loading companies…</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load companies: {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Company</Table.HeaderCell>
              <Table.HeaderCell>Customer number</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.companies.map((company) => (
              <Table.Row key={company.id}>
                <Table.Cell>{company.name}</Table.Cell>
                <Table.Cell>{company.customer_number}</Table.Cell>
                <Table.Cell>
                  <a href={adminHref(`/companies/${company.id}/erp`)} className="text-ui-fg-interactive">
                    Manage ERP installations
                  </a>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ERP installations",
  icon: KeySolid,
})

export default ErpInstallationsPage
