import { Badge, Button, Container, Heading, InlineTip, Input, Label, Table, Text, Textarea, usePrompt } from "@medusajs/ui"
import { type ReactNode, useCallback, useEffect, useState } from "react"
import {
  adminFetch,
  adminHref,
  type AdminQuoteView,
  dateInputValue,
  errorText,
  formatDateTime,
  formatValidUntil,
  kronor,
  kronorFromInput,
  OPEN_STATUSES,
  type QuoteItem,
  quoteIdFromLocation,
  type QuoteView,
  STATUS_LABELS,
} from "../../../lib/api"

/** A line being edited: the fields as typed. */
type LineDraft = { quantity: string; unit_price: string }
type Notice = { error: boolean; text: string }

const CLOSED_TEXT: Partial<Record<AdminQuoteView["status"], string>> = {
  accepted: "Offerten är accepterad och har blivit en order. Den kan inte längre ändras.",
  declined: "Kunden har avböjt offerten. Den kan inte längre ändras.",
  cancelled: "Offerten är avbruten. Den kan inte längre ändras.",
}

const quantityFromInput = (value: string) => (/^\s*\d+\s*$/.test(value) && Number(value) >= 1 ? Number(value) : Number.NaN)

/**
 * /app/quotes/:id — one quote for vendor staff: its facts, its lines (quantity and unit price, SEK excl.
 * moms, saved per line through a draft-order edit), totals with moms, the thread with a reply, and
 * "Skicka offert" with its validity date or "Avbryt offert". Reached from "Offerter".
 */
const QuotePage = () => {
  const id = quoteIdFromLocation()
  const prompt = usePrompt()
  const [quote, setQuote] = useState<AdminQuoteView | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [drafts, setDrafts] = useState<Record<string, LineDraft>>({})
  const [savingItemId, setSavingItemId] = useState<string | null>(null)
  const [lineNotice, setLineNotice] = useState<Notice | null>(null)
  const [validUntil, setValidUntil] = useState(() => dateInputValue(30))
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [reply, setReply] = useState("")
  const [replying, setReplying] = useState(false)
  const [replyNotice, setReplyNotice] = useState<Notice | null>(null)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const body = await adminFetch<{ quote: AdminQuoteView }>(`/admin/quotes/${encodeURIComponent(id)}`, { signal })
        setQuote(body.quote)
        setLoadError(null)
      } catch (error) {
        if (!signal?.aborted) setLoadError(errorText(error))
      }
    },
    [id]
  )
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  /** A POST's `{ quote }` at once (keeping the admin-only fields), then the admin view again for the versions. */
  const show = async (updated: QuoteView) => {
    setQuote((current) => (current ? { ...current, ...updated } : current))
    await load()
  }

  const open = quote ? OPEN_STATUSES.includes(quote.status) : false
  const draftOf = (item: QuoteItem): LineDraft =>
    drafts[item.id] ?? { quantity: String(item.quantity), unit_price: String(item.unit_price) }
  const changesOf = (item: QuoteItem) => {
    const draft = drafts[item.id]
    if (!draft) return null
    // A field left as it was is no change, even where the server's number would not parse back as typed.
    const quantity = draft.quantity === String(item.quantity) ? item.quantity : quantityFromInput(draft.quantity)
    const unitPrice = draft.unit_price === String(item.unit_price) ? item.unit_price : kronorFromInput(draft.unit_price)
    if (Number.isNaN(quantity) || Number.isNaN(unitPrice)) return "invalid" as const
    const changes: { quantity?: number; unit_price?: number } = {}
    if (quantity !== item.quantity) changes.quantity = quantity
    if (unitPrice !== item.unit_price) changes.unit_price = unitPrice
    return Object.keys(changes).length ? changes : null
  }
  const unsaved = quote ? quote.items.some((item) => changesOf(item) !== null) : false

  const setDraft = (item: QuoteItem, change: Partial<LineDraft>) => setDrafts({ ...drafts, [item.id]: { ...draftOf(item), ...change } })

  const saveLine = async (item: QuoteItem) => {
    const changes = changesOf(item)
    if (!changes || changes === "invalid") return
    setSavingItemId(item.id)
    setLineNotice(null)
    try {
      const body = await adminFetch<{ quote: QuoteView }>(`/admin/quotes/${encodeURIComponent(id)}/items/${encodeURIComponent(item.id)}`, {
        method: "POST",
        body: changes,
      })
      setDrafts((current) => {
        const next = { ...current }
        delete next[item.id]
        return next
      })
      setLineNotice({ error: false, text: `Raden ${item.product_title} är sparad.` })
      await show(body.quote)
    } catch (error) {
      setLineNotice({ error: true, text: `Raden ${item.product_title} kunde inte sparas: ${errorText(error)}` })
    } finally {
      setSavingItemId(null)
    }
  }

  const validUntilOk = /^\d{4}-\d{2}-\d{2}$/.test(validUntil) && validUntil >= dateInputValue(0)

  const send = async () => {
    if (!quote || !validUntilOk) return
    setBusy(true)
    setNotice(null)
    try {
      const body = await adminFetch<{ quote: QuoteView }>(`/admin/quotes/${encodeURIComponent(id)}/send`, {
        method: "POST",
        body: { valid_until: validUntil },
      })
      setNotice({ error: false, text: `Offert ${quote.number} är skickad till kunden, giltig till ${validUntil}.` })
      await show(body.quote)
    } catch (error) {
      setNotice({ error: true, text: `Offerten kunde inte skickas: ${errorText(error)}` })
    } finally {
      setBusy(false)
    }
  }

  const cancel = async () => {
    if (!quote) return
    const confirmed = await prompt({
      title: `Avbryt offert ${quote.number}?`,
      description: `Offerten till ${quote.company.name} avbryts och kan inte längre accepteras. Det går inte att ångra.`,
      confirmText: "Avbryt offert",
      cancelText: "Behåll offerten",
      variant: "danger",
    })
    if (!confirmed) return
    setBusy(true)
    setNotice(null)
    try {
      const body = await adminFetch<{ quote: QuoteView }>(`/admin/quotes/${encodeURIComponent(id)}/cancel`, { method: "POST", body: {} })
      setNotice({ error: false, text: `Offert ${quote.number} är avbruten.` })
      await show(body.quote)
    } catch (error) {
      setNotice({ error: true, text: `Offerten kunde inte avbrytas: ${errorText(error)}` })
    } finally {
      setBusy(false)
    }
  }

  const sendReply = async () => {
    if (!reply.trim()) return
    setReplying(true)
    setReplyNotice(null)
    try {
      const body = await adminFetch<{ quote: QuoteView }>(`/admin/quotes/${encodeURIComponent(id)}/messages`, {
        method: "POST",
        body: { text: reply.trim() },
      })
      setReply("")
      setReplyNotice({ error: false, text: "Svaret är skickat. Kunden får ett e-postmeddelande." })
      await show(body.quote)
    } catch (error) {
      setReplyNotice({ error: true, text: `Svaret kunde inte skickas: ${errorText(error)}` })
    } finally {
      setReplying(false)
    }
  }

  const noticeText = (current: Notice | null, className = "") =>
    current && (
      <Text
        className={`${className} ${current.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}
        role={current.error ? "alert" : "status"}
      >
        {current.text}
      </Text>
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{quote ? `Offert ${quote.number} – ${quote.company.name}` : "Offert"}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Priser i SEK exklusive moms.
          </Text>
        </div>
        <div className="flex items-center gap-4">
          {quote && <Badge color={STATUS_LABELS[quote.status].color}>{STATUS_LABELS[quote.status].label}</Badge>}
          <a href={adminHref("/quotes")} className="text-ui-fg-interactive txt-compact-small">
            Alla offerter
          </a>
        </div>
      </div>
      {!quote && !loadError && <Text className="px-6 py-4">Laddar …</Text>}
      {loadError && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          Offerten kunde inte hämtas: {loadError}
        </Text>
      )}

      {quote && (
        <>
          <dl className="grid grid-cols-2 gap-x-8 gap-y-2 px-6 py-4 txt-compact-small md:grid-cols-3">
            <Fact label="Företag">{quote.company.name}</Fact>
            <Fact label="Begärd av">
              {quote.requested_by.name}
              {quote.requested_by.email && (
                <>
                  {" "}
                  (<a href={`mailto:${quote.requested_by.email}`}>{quote.requested_by.email}</a>)
                </>
              )}
            </Fact>
            <Fact label="Begärd">{formatDateTime(quote.requested_at)}</Fact>
            <Fact label="Er referens">{quote.your_reference || "–"}</Fact>
            <Fact label="Giltig till">{formatValidUntil(quote.valid_until)}</Fact>
            <Fact label="Skickad">{formatDateTime(quote.sent_at)}</Fact>
            <Fact label="Version">
              aktuell {quote.version}, skickad {quote.sent_version ?? "–"}
              {quote.changed_since_sent && (
                <Badge size="2xsmall" color="orange" className="ml-2">
                  Ändrad sedan den skickades
                </Badge>
              )}
            </Fact>
            {quote.decided_at && (
              <Fact label={quote.status === "cancelled" ? "Avbruten" : "Beslut"}>
                {formatDateTime(quote.decided_at)}
                {quote.decided_by ? ` av ${quote.decided_by.name}` : ""}
              </Fact>
            )}
            <Fact label={quote.order_id ? "Order" : "Utkastorder"}>
              {quote.order_id ? (
                <a href={adminHref(`/orders/${quote.order_id}`)} className="text-ui-fg-interactive">
                  Öppna ordern
                </a>
              ) : (
                <a href={adminHref(`/draft-orders/${quote.draft_order_id}`)} className="text-ui-fg-interactive">
                  Öppna utkastordern
                </a>
              )}
            </Fact>
          </dl>

          {!open && CLOSED_TEXT[quote.status] && (
            <Text className="px-6 py-3 text-ui-fg-subtle" role="status">
              {CLOSED_TEXT[quote.status]}
            </Text>
          )}
          {open && quote.changed_since_sent && (
            <Text className="px-6 py-3 text-ui-fg-subtle">
              Offerten har ändrats sedan den skickades. Kunden kan inte acceptera den förrän den har skickats igen.
            </Text>
          )}

          <div className="flex flex-col gap-3 px-6 py-4">
            <Heading level="h2">Rader</Heading>
            {noticeText(lineNotice)}
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Produkt</Table.HeaderCell>
                <Table.HeaderCell>Artikelnummer</Table.HeaderCell>
                <Table.HeaderCell>Antal</Table.HeaderCell>
                <Table.HeaderCell>À-pris (kr)</Table.HeaderCell>
                <Table.HeaderCell>Summa</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {quote.items.length === 0 && (
                <Table.Row>
                  <Table.Cell>Inga rader.</Table.Cell>
                </Table.Row>
              )}
              {quote.items.map((item) => {
                const draft = draftOf(item)
                const changes = changesOf(item)
                const title = [item.product_title, item.variant_title].filter(Boolean).join(" – ")
                return (
                  <Table.Row key={item.id}>
                    <Table.Cell>{title}</Table.Cell>
                    <Table.Cell>{item.sku ?? "–"}</Table.Cell>
                    <Table.Cell>
                      <Input
                        aria-label={`Antal, ${title}`}
                        className="w-20"
                        inputMode="numeric"
                        value={draft.quantity}
                        disabled={!open}
                        aria-invalid={draft.quantity !== String(item.quantity) && Number.isNaN(quantityFromInput(draft.quantity))}
                        onChange={(event) => setDraft(item, { quantity: event.target.value })}
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <Input
                        aria-label={`À-pris i kronor exklusive moms, ${title}`}
                        className="w-32"
                        inputMode="decimal"
                        value={draft.unit_price}
                        disabled={!open}
                        aria-invalid={draft.unit_price !== String(item.unit_price) && Number.isNaN(kronorFromInput(draft.unit_price))}
                        onChange={(event) => setDraft(item, { unit_price: event.target.value })}
                      />
                    </Table.Cell>
                    <Table.Cell>{kronor(item.subtotal, quote.currency_code)}</Table.Cell>
                    <Table.Cell>
                      {open && (
                        <Button
                          size="small"
                          variant="secondary"
                          isLoading={savingItemId === item.id}
                          disabled={savingItemId !== null || busy || changes === null || changes === "invalid"}
                          onClick={() => saveLine(item)}
                        >
                          Spara rad
                        </Button>
                      )}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>

          <dl className="ml-auto flex w-80 flex-col gap-1 px-6 py-4 txt-compact-small">
            <div className="flex justify-between">
              <dt>Summa exkl. moms</dt>
              <dd>{kronor(quote.subtotal, quote.currency_code)}</dd>
            </div>
            {quote.taxes.map((tax) => (
              <div key={tax.rate} className="flex justify-between">
                <dt>Moms {tax.rate.toLocaleString("sv-SE")} %</dt>
                <dd>{kronor(tax.amount, quote.currency_code)}</dd>
              </div>
            ))}
            {quote.taxes.length !== 1 && (
              <div className="flex justify-between">
                <dt>Moms totalt</dt>
                <dd>{kronor(quote.tax_total, quote.currency_code)}</dd>
              </div>
            )}
            <div className="flex justify-between txt-compact-small-plus">
              <dt>Att betala inkl. moms</dt>
              <dd>{kronor(quote.total, quote.currency_code)}</dd>
            </div>
          </dl>

          {open && (
            <div className="flex flex-col gap-3 px-6 py-4">
              <Heading level="h2">Skicka offert</Heading>
              <div className="flex flex-wrap items-end gap-4">
                <div className="flex flex-col gap-1">
                  <Label htmlFor="quote-valid-until">Giltig till</Label>
                  <Input
                    id="quote-valid-until"
                    type="date"
                    className="w-44"
                    min={dateInputValue(0)}
                    value={validUntil}
                    aria-invalid={!validUntilOk}
                    onChange={(event) => setValidUntil(event.target.value)}
                  />
                </div>
                <Button onClick={send} isLoading={busy} disabled={busy || savingItemId !== null || unsaved || !validUntilOk}>
                  Skicka offert
                </Button>
                <Button variant="danger" onClick={cancel} disabled={busy || savingItemId !== null}>
                  Avbryt offert
                </Button>
              </div>
              {unsaved && (
                <Text size="small" className="text-ui-fg-subtle">
                  Spara de ändrade raderna innan du skickar offerten.
                </Text>
              )}
              {quote.status !== "requested" && (
                <Text size="small" className="text-ui-fg-subtle">
                  Offerten är redan skickad. Skicka den igen efter en ändring eller för att förlänga giltigheten; kunden får den nya
                  versionen.
                </Text>
              )}
              {noticeText(notice)}
              <InlineTip label="Obs" variant="warning">
                Knappen ”Convert to order” i Medusas utkastordervy lägger också ordern och levererar licenser och faktura, men hoppar över
                kundens godkännande. Använd ”Skicka offert” här i stället, så att kunden själv accepterar offerten.
              </InlineTip>
            </div>
          )}
          {!open && noticeText(notice, "px-6 py-3")}

          <div className="flex flex-col gap-3 px-6 py-4">
            <Heading level="h2">Meddelanden</Heading>
            {quote.messages.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                Inga meddelanden.
              </Text>
            )}
            <ol className="flex flex-col gap-3">
              {quote.messages.map((message) => (
                <li
                  key={message.id}
                  className={`rounded-md border p-3 ${message.author_type === "staff" ? "bg-ui-bg-subtle ml-12" : "bg-ui-bg-base mr-12"}`}
                >
                  <div className="flex items-center gap-2 txt-compact-small">
                    <span className="txt-compact-small-plus">{message.author_name}</span>
                    <Badge size="2xsmall" color={message.author_type === "staff" ? "blue" : "grey"}>
                      {message.author_type === "staff" ? "Personal" : "Kund"}
                    </Badge>
                    <span className="text-ui-fg-subtle">{formatDateTime(message.created_at)}</span>
                  </div>
                  <Text size="small" className="mt-1 whitespace-pre-wrap">
                    {message.text}
                  </Text>
                </li>
              ))}
            </ol>
            <div className="flex flex-col gap-1">
              <Label htmlFor="quote-reply">Svara kunden</Label>
              <Textarea id="quote-reply" value={reply} maxLength={5000} onChange={(event) => setReply(event.target.value)} />
            </div>
            <div className="flex items-center gap-4">
              <Button size="small" onClick={sendReply} isLoading={replying} disabled={replying || !reply.trim()}>
                Skicka svar
              </Button>
              {noticeText(replyNotice)}
            </div>
          </div>
        </>
      )}
    </Container>
  )
}

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col">
    <dt className="text-ui-fg-subtle">{label}</dt>
    <dd>{children}</dd>
  </div>
)

export default QuotePage
