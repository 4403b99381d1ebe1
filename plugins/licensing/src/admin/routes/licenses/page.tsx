import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, adminHref, type CompanySummary } from "../../lib/api"

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; companies: CompanySummary[] }

/** /app/licenses — pick a company to see and revoke its licenses. */
const LicensesPage = () => {
  const [search, setSearch] = useState("")
  const [state, setState] = useState<LoadState>({ status: "loading" })

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: "100" })
    if (search.trim()) params.set("q", search.trim())
    adminFetch<{ companies: CompanySummary[] }>(`/admin/companies?${params}`, { signal: controller.signal })
      .then((body) => setState({ status: "ready", companies: body.companies }))
      .catch((error: Error) => {
        if (!controller.signal.aborted) setState({ status: "error", message: error.message })
      })
    return () => controller.abort()
  }, [search])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Licenses</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Choose a company to see the licenses delivered for its orders and revoke one.
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
                  <a href={adminHref(`/companies/${company.id}/licenses`)} className="text-ui-fg-interactive">
                    Show licenses
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
  label: "Licenses",
  icon: DocumentText,
})

export default LicensesPage
