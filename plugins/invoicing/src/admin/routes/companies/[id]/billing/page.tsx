import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  AdminApiError,
  adminFetch,
  adminHref,
  type BillingProfile,
  companyIdFromLocation,
  type CompanySummary,
  formatOre,
  type InvoiceSummary,
  oreFromInput,
  STATUS_LABELS,
} from "../../../../lib/api"

type ProfileForm = Record<keyof BillingProfile, string>
type FeeLine = { description: string; quantity: string; unit_price: string; tax_rate: string }

const EMPTY_PROFILE: ProfileForm = {
  name: "",
  attention: "",
  address_line_1: "",
  address_line_2: "",
  postal_code: "",
  city: "",
  country_code: "se",
  vat_number: "",
  invoice_email: "",
  payment_terms_days: "30",
}
const EMPTY_LINE: FeeLine = { description: "", quantity: "1", unit_price: "", tax_rate: "25" }

const PROFILE_FIELDS: { key: keyof BillingProfile; label: string; placeholder?: string }[] = [
  { key: "name", label: "Name on the invoice" },
  { key: "attention", label: "Att (optional)" },
  { key: "address_line_1", label: "Address" },
  { key: "address_line_2", label: "Address, line 2 (optional)" },
  { key: "postal_code", label: "Postal code" },
  { key: "city", label: "City" },
  { key: "country_code", label: "Country code", placeholder: "se" },
  { key: "vat_number", label: "VAT number (optional)", placeholder: "SE556036079301" },
  { key: "invoice_email", label: "Invoice e-mail" },
  { key: "payment_terms_days", label: "Payment terms (days)" },
]

/**
 * /app/companies/:id/billing — a company's billing profile (where its invoices go,
 * its VAT number, payment terms) and a recurring-fee invoice typed by staff; below,
 * the company's invoices. Reached from the "Fakturor" page.
 */
const CompanyBillingPage = () => {
  const id = companyIdFromLocation()
  const [company, setCompany] = useState<CompanySummary | null>(null)
  const [form, setForm] = useState<ProfileForm>(EMPTY_PROFILE)
  const [hasProfile, setHasProfile] = useState(false)
  const [invoices, setInvoices] = useState<InvoiceSummary[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [reference, setReference] = useState("")
  const [lines, setLines] = useState<FeeLine[]>([{ ...EMPTY_LINE }])

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const body = await adminFetch<{ company: CompanySummary; billing_profile: BillingProfile | null }>(
          `/admin/companies/${id}/billing-profile`,
          { signal }
        )
        setCompany(body.company)
        setHasProfile(Boolean(body.billing_profile))
        const profile = body.billing_profile
        setForm(
          profile
            ? (Object.fromEntries(Object.entries(profile).map(([key, value]) => [key, value === null ? "" : String(value)])) as ProfileForm)
            : { ...EMPTY_PROFILE, name: body.company.name }
        )
        const list = await adminFetch<{ invoices: InvoiceSummary[] }>(`/admin/invoices?company_id=${encodeURIComponent(id)}&limit=50`, {
          signal,
        })
        setInvoices(list.invoices)
      } catch (error) {
        if (!signal?.aborted) setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    [id]
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    setMessage(null)
    setFieldErrors({})
    try {
      setMessage({ error: false, text: await work() })
      await load()
    } catch (error) {
      if (error instanceof AdminApiError) setFieldErrors(error.fields)
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  const saveProfile = () =>
    run(async () => {
      await adminFetch(`/admin/companies/${id}/billing-profile`, {
        method: "POST",
        body: {
          ...form,
          attention: form.attention.trim() || null,
          address_line_2: form.address_line_2.trim() || null,
          vat_number: form.vat_number.trim() || null,
          payment_terms_days: Number(form.payment_terms_days),
        },
      })
      return "Billing profile saved."
    })

  const issueFee = () =>
    run(async () => {
      const body = await adminFetch<{ invoice: InvoiceSummary; email_sent: boolean }>(`/admin/companies/${id}/invoices`, {
        method: "POST",
        body: {
          your_reference: reference.trim() || null,
          lines: lines.map((line) => ({
            description: line.description,
            quantity: Number(line.quantity),
            unit_price: oreFromInput(line.unit_price),
            tax_rate: Number(line.tax_rate),
          })),
        },
      })
      setReference("")
      setLines([{ ...EMPTY_LINE }])
      return `Invoice ${body.invoice.display_number} issued${body.email_sent ? " and e-mailed" : " (not e-mailed)"}.`
    })

  const setLine = (index: number, change: Partial<FeeLine>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...change } : line)))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Billing{company ? ` – ${company.name} (${company.customer_number})` : ""}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Where the company's invoices go. Invoices keep the address they were issued with.
          </Text>
        </div>
        <a href={adminHref("/invoices")} className="text-ui-fg-interactive txt-compact-small">
          All invoices
        </a>
      </div>
      {loadError && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          Could not load the company: {loadError}
        </Text>
      )}
      {message && (
        <Text className={`px-6 py-3 ${message.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`} role={message.error ? "alert" : "status"}>
          {message.text}
        </Text>
      )}

      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        {PROFILE_FIELDS.map((field) => (
          <div key={field.key} className="flex flex-col gap-1">
            <Label htmlFor={`billing-${field.key}`}>{field.label}</Label>
            <Input
              id={`billing-${field.key}`}
              value={form[field.key]}
              placeholder={field.placeholder}
              aria-invalid={Boolean(fieldErrors[field.key])}
              onChange={(event) => setForm({ ...form, [field.key]: event.target.value })}
            />
            {fieldErrors[field.key] && (
              <Text size="small" className="text-ui-fg-error">
                {fieldErrors[field.key]}
              </Text>
            )}
          </div>
        ))}
        <div>
          <Button onClick={saveProfile} isLoading={busy} disabled={busy || !company}>
            {hasProfile ? "Save billing profile" : "Create billing profile"}
          </Button>
        </div>
      </div>

      <div className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">Fee invoice</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A recurring fee typed by hand, prices in kronor excluding VAT. It is issued at once, stored and e-mailed to the invoice address.
        </Text>
        <div className="flex w-96 flex-col gap-1">
          <Label htmlFor="fee-reference">Er referens (optional)</Label>
          <Input id="fee-reference" value={reference} maxLength={200} onChange={(event) => setReference(event.target.value)} />
        </div>
        {lines.map((line, index) => (
          <div key={index} className="flex items-end gap-2">
            <div className="flex flex-1 flex-col gap-1">
              <Label htmlFor={`fee-description-${index}`}>Description</Label>
              <Input
                id={`fee-description-${index}`}
                value={line.description}
                onChange={(event) => setLine(index, { description: event.target.value })}
              />
              {fieldErrors[`lines.${index}.description`] && (
                <Text size="small" className="text-ui-fg-error">
                  {fieldErrors[`lines.${index}.description`]}
                </Text>
              )}
            </div>
            <div className="flex w-20 flex-col gap-1">
              <Label htmlFor={`fee-quantity-${index}`}>Qty</Label>
              <Input
                id={`fee-quantity-${index}`}
                inputMode="numeric"
                value={line.quantity}
                onChange={(event) => setLine(index, { quantity: event.target.value })}
              />
            </div>
            <div className="flex w-32 flex-col gap-1">
              <Label htmlFor={`fee-price-${index}`}>À-pris (kr)</Label>
              <Input
                id={`fee-price-${index}`}
                inputMode="decimal"
                value={line.unit_price}
                onChange={(event) => setLine(index, { unit_price: event.target.value })}
              />
            </div>
            <div className="flex w-20 flex-col gap-1">
              <Label htmlFor={`fee-vat-${index}`}>VAT %</Label>
              <Input
                id={`fee-vat-${index}`}
                inputMode="numeric"
                value={line.tax_rate}
                onChange={(event) => setLine(index, { tax_rate: event.target.value })}
              />
            </div>
            <Button
              variant="transparent"
              size="small"
              disabled={lines.length === 1}
              onClick={() => setLines(lines.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </div>
        ))}
        <div className="flex gap-2">
          <Button variant="secondary" size="small" onClick={() => setLines([...lines, { ...EMPTY_LINE }])}>
            Add line
          </Button>
          <Button size="small" onClick={issueFee} isLoading={busy} disabled={busy || !hasProfile}>
            Issue fee invoice
          </Button>
          {!hasProfile && (
            <Text size="small" className="text-ui-fg-subtle">
              Save a billing profile first.
            </Text>
          )}
        </div>
      </div>

      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Issued</Table.HeaderCell>
            <Table.HeaderCell>Total</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>PDF</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {invoices.map((invoice) => (
            <Table.Row key={invoice.id}>
              <Table.Cell>
                {invoice.kind === "credit_note" ? "Credit note " : ""}
                {invoice.display_number}
              </Table.Cell>
              <Table.Cell>{invoice.issue_date}</Table.Cell>
              <Table.Cell>{formatOre(invoice.total, invoice.currency_code)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_LABELS[invoice.status].color}>
                  {STATUS_LABELS[invoice.status].label}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <a href={`/admin/invoices/${invoice.id}/pdf`} className="text-ui-fg-interactive" target="_blank" rel="noreferrer">
                  PDF
                </a>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export default CompanyBillingPage
