import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, adminHref, companyIdFromLocation, kronor, type CompanyPrices } from "../../../../lib/api"

/**
 * /app/companies/:id/prices — "Företagspriser" of one company: every Monitor Store product with its list
 * price and the company's own price (SEK excl. moms). An empty field means the list price applies.
 */
const CompanyPricesOfCompanyPage = () => {
  const id = companyIdFromLocation()
  const [data, setData] = useState<CompanyPrices | null>(null)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  const show = (body: CompanyPrices) => {
    setData(body)
    setDrafts(Object.fromEntries(body.prices.map((row) => [row.variant_id, row.amount === null ? "" : String(row.amount)])))
  }
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        show(await adminFetch<CompanyPrices>(`/admin/companies/${id}/prices`, { signal }))
      } catch (e) {
        if (!signal?.aborted) setError(e instanceof Error ? e.message : String(e))
      }
    },
    [id]
  )
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const invalid = Object.entries(drafts).filter(([, value]) => value.trim() !== "" && !(Number(value) >= 0))
  const save = async () => {
    if (!data || invalid.length) return
    const changes = data.prices
      .map((row) => ({ variant_id: row.variant_id, amount: drafts[row.variant_id]?.trim() ? Number(drafts[row.variant_id]) : null }))
      .filter((change, index) => change.amount !== data.prices[index].amount)
    if (!changes.length) return
    setBusy(true)
    setError(null)
    setSaved(false)
    try {
      show(await adminFetch<CompanyPrices>(`/admin/companies/${id}/prices`, { method: "POST", body: { prices: changes } }))
      setSaved(true)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Företagspriser{data ? ` – ${data.company.name}` : ""}</Heading>
          <Text className="text-ui-fg-subtle">
            Priser i SEK exklusive moms. Ett tomt fält betyder listpris. <a href={adminHref("/company-prices")}>Alla företag</a>
          </Text>
        </div>
        {data?.price_list && <Badge color="green">{data.price_list.title}</Badge>}
      </div>
      {!data && !error && <Text className="px-6 py-4">Laddar …</Text>}
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      {data && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Produkt</Table.HeaderCell>
                <Table.HeaderCell>Artikelnummer</Table.HeaderCell>
                <Table.HeaderCell>Listpris</Table.HeaderCell>
                <Table.HeaderCell>Företagets pris</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.prices.map((row) => {
                const inputId = `price-${row.variant_id}`
                return (
                  <Table.Row key={row.variant_id}>
                    <Table.Cell>
                      <Label htmlFor={inputId}>{row.product_title}</Label>
                    </Table.Cell>
                    <Table.Cell>{row.sku}</Table.Cell>
                    <Table.Cell>{kronor(row.list_amount)}</Table.Cell>
                    <Table.Cell>
                      <Input
                        id={inputId}
                        type="number"
                        min={0}
                        inputMode="decimal"
                        value={drafts[row.variant_id] ?? ""}
                        aria-invalid={invalid.some(([variant]) => variant === row.variant_id)}
                        onChange={(event) => setDrafts({ ...drafts, [row.variant_id]: event.target.value })}
                      />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <div className="flex items-center gap-4 px-6 py-4">
            <Button onClick={save} isLoading={busy} disabled={busy || invalid.length > 0}>
              Spara priser
            </Button>
            {saved && <Text role="status">Priserna är sparade.</Text>}
          </div>
        </>
      )}
    </Container>
  )
}

export default CompanyPricesOfCompanyPage
