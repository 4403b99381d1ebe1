import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CompanyMembers, type Member, ROLE_LABELS } from "../../components/company-members"

type Company = {
  id: string
  name: string
  organisation_number: string
  customer_number: string
  memberships: Member[]
}

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; companies: Company[]; count: number }

const CompaniesPage = () => {
  const [search, setSearch] = useState("")
  const [state, setState] = useState<LoadState>({ status: "loading" })
  const [selectedId, setSelectedId] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: "100" })
    if (search.trim()) params.set("q", search.trim())
    setState({ status: "loading" })
    fetch(`/admin/companies?${params}`, { credentials: "include", signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
        const body = await response.json()
        setState({ status: "ready", companies: body.companies, count: body.count })
      })
      .catch((error) => {
        if (!controller.signal.aborted) setState({ status: "error", message: String(error.message ?? error) })
      })
    return () => controller.abort()
  }, [search])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Companies</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customer companies in myMonitor, with their members and roles.
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
              <Table.HeaderCell>Organisation number</Table.HeaderCell>
              <Table.HeaderCell>Members</Table.HeaderCell>
              <Table.HeaderCell></Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.companies.length === 0 && (
              <Table.Row>
                <Table.Cell>No companies match.</Table.Cell>
              </Table.Row>
            )}
            {state.companies.map((company) => (
              <Table.Row key={company.id}>
                <Table.Cell>{company.name}</Table.Cell>
                <Table.Cell>{company.customer_number}</Table.Cell>
                <Table.Cell>{company.organisation_number}</Table.Cell>
                <Table.Cell>
                  <ul className="flex flex-col gap-1 py-2">
                    {company.memberships.map((member) => (
                      <li key={member.id} className="flex items-center gap-2">
                        <span>
                          {[member.customer?.first_name, member.customer?.last_name].filter(Boolean).join(" ") || member.customer?.email}
                        </span>
                        <Badge size="2xsmall">{ROLE_LABELS[member.role]}</Badge>
                        {member.status !== "active" && (
                          <Badge size="2xsmall" color="red">
                            {member.status}
                          </Badge>
                        )}
                      </li>
                    ))}
                  </ul>
                </Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="secondary"
                    aria-expanded={selectedId === company.id}
                    onClick={() => setSelectedId(selectedId === company.id ? null : company.id)}
                  >
                    {selectedId === company.id ? "Hide" : "Manage"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {state.status === "ready" &&
        state.companies
          .filter((company) => company.id === selectedId)
          .map((company) => (
            <CompanyMembers key={company.id} companyId={company.id} companyName={company.name} members={company.memberships} />
          ))}
      {state.status === "ready" && (
        <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
          {state.count} companies
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: BuildingStorefront,
})

export default CompaniesPage
