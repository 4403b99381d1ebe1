import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminHref, allCompanies, type CompanyListItem } from "../../lib/api"

/** /app/company-prices — pick a company to give it its own prices ("Företagspriser"). */
const CompanyPricesPage = () => {
  const [state, setState] = useState<
    { status: "loading" } | { status: "error"; message: string } | { status: "ready"; companies: CompanyListItem[] }
  >({
    status: "loading",
  })
  useEffect(() => {
    const controller = new AbortController()
    allCompanies(controller.signal)
      .then((companies) => setState({ status: "ready", companies }))
      .catch(
        (error) =>
          !controller.signal.aborted && setState({ status: "error", message: error instanceof Error ? error.message : String(error) })
      )
    return () => controller.abort()
  }, [])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Företagspriser</Heading>
        <Text className="text-ui-fg-subtle">Ett företags egna priser i Monitor Store (en prislista med regeln company_id).</Text>
      </div>
      {state.status === "loading" && <Text className="px-6 py-4">Laddar …</Text>}
      {state.status === "error" && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {state.message}
        </Text>
      )}
      {state.status === "ready" && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Företag</Table.HeaderCell>
              <Table.HeaderCell>Kundnummer</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {state.companies.map((company) => (
              <Table.Row key={company.id}>
                <Table.Cell>
                  <a href={adminHref(`/companies/${company.id}/prices`)} className="text-ui-fg-interactive">
                    {company.name}
                  </a>
                </Table.Cell>
                <Table.Cell>{company.customer_number}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Företagspriser", icon: CurrencyDollar })

export default CompanyPricesPage
