import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveQuote, type Quote } from "@/lib/data/quotes"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { single } from "@/modules/common/company-choice"
import { formatDate, isoDay } from "@/modules/common/format"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { quotePdfHref } from "@/modules/my-pages/download-links"
import { AcceptQuoteForm, DeclineQuoteForm } from "@/modules/quotes/components/quote-decision"
import { QuoteLines } from "@/modules/quotes/components/quote-lines"
import { QuoteReplyForm } from "@/modules/quotes/components/quote-reply-form"
import { QuoteStatusTag } from "@/modules/quotes/components/quote-status-tag"
import { QuoteThread } from "@/modules/quotes/components/quote-thread"
import { quoteContext } from "@/modules/quotes/quote-context"
import { quoteActions, quoteNotice } from "@/modules/quotes/quote-rules"
import { notFoundIfRefused } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "quotes" })
  return { title: t("detailTitle") }
}

/** What the page says about the quote's state (changed since it was sent, expired, decided, …). */
async function StateNotice({ quote, locale }: { quote: Quote; locale: string }) {
  const t = await getTranslations("quotes.notice")
  const notice = quoteNotice(quote)
  if (!notice) return null
  const date = (value: string | null) => (value ? formatDate(value, locale) : "–")
  const warning = notice === "changed" || notice === "expired"
  const text =
    notice === "expired"
      ? t("expired", { date: date(quote.valid_until) })
      : notice === "accepted" || notice === "declined"
        ? quote.decided_by?.name
          ? t(notice, { date: date(quote.decided_at), name: quote.decided_by.name })
          : t(`${notice}Anonymous`, { date: date(quote.decided_at) })
        : t(notice)
  return (
    <div className={warning ? "notice notice--warning quote-notice" : "notice quote-notice"}>
      <p>{text}</p>
      {notice === "accepted" && quote.order_id ? (
        <p>
          <Link
            href={{ pathname: `/mina-sidor/bestallningar/${encodeURIComponent(quote.order_id)}`, query: { company: quote.company.id } }}
          >
            {t("toOrder")}
          </Link>
        </p>
      ) : null}
    </div>
  )
}

/**
 * One quote of one of the user's companies (`?company=`, like an order's page): its lines and totals,
 * validity and status, "Er referens", the PDF, the thread with "Svara", and — with the store in the
 * quote's company — "Acceptera offert" (the terms first) and "Avböj offert".
 */
export default async function QuotePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; quoteId: string }>
  searchParams: Promise<{ company?: string | string[]; begard?: string | string[] }>
}) {
  const { locale, quoteId } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const context = await quoteContext(locale, query.company)
  if (!context) return null
  // The quote's company is part of its address (the backend checks the membership there).
  if (!context.companyFilter) notFound()
  const company = context.companyFilter
  const t = await getTranslations("quotes")
  const tMy = await getTranslations("myPages")
  const result = await retrieveQuote(context.token, company.id, quoteId)
  if (!result.ok && sessionLost(result)) logInAgain(locale)
  notFoundIfRefused(result)
  const back = (
    <p className="breadcrumb">
      <Link href="/mina-sidor/offerter">{t("back")}</Link>
    </p>
  )
  if (!result.ok) {
    return (
      <>
        <h1>{tMy("title")}</h1>
        <MyPagesNav current="quotes" />
        {back}
        <BackendUnavailable />
      </>
    )
  }
  const quote = result.data
  const id = quote.id || quoteId
  const companyName = quote.company.name || company.name
  const actions = quoteActions(quote, context.storeCompanyIds.has(company.id))
  const date = (value: string | null) => (value ? <time dateTime={isoDay(value)}>{formatDate(value, locale)}</time> : "–")
  const facts: [string, ReactNode][] = [
    [t("details.company"), companyName],
    [t("details.status"), <QuoteStatusTag key="status" status={quote.status} />],
    [
      t("details.requested"),
      <>
        {date(quote.requested_at)}
        {quote.requested_by.name ? ` · ${quote.requested_by.name}` : null}
      </>,
    ],
    [t("details.reference"), quote.your_reference ?? "–"],
    [t("details.sent"), date(quote.sent_at)],
    [t("details.validUntil"), date(quote.valid_until)],
  ]
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="quotes" />
      {back}
      <h2>{t("quoteTitle", { number: quote.number })}</h2>
      {single(query.begard) ? (
        <p className="notice" role="status">
          {t("requestedDone")}
        </p>
      ) : null}
      <StateNotice quote={quote} locale={locale} />
      <dl className="details">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {quote.sent_at ? (
        <p>
          <a href={quotePdfHref(locale, company.id, id)} download className="button button--small">
            {t("pdf")}
            <span className="visually-hidden"> {t("pdfFor", { number: quote.number })}</span>
          </a>
        </p>
      ) : null}

      <section aria-labelledby="quote-lines-title">
        <h3 id="quote-lines-title">{t("linesTitle")}</h3>
        <QuoteLines quote={quote} />
      </section>

      {actions.accept || actions.decline || actions.acceptNeedsStore ? (
        <section aria-labelledby="quote-decision-title" className="card quote-decision">
          <h3 id="quote-decision-title">{t("decisionTitle")}</h3>
          {actions.accept ? (
            <>
              <p>{t("acceptIntro", { company: companyName })}</p>
              <AcceptQuoteForm locale={locale} companyId={company.id} quoteId={id} />
            </>
          ) : null}
          {actions.acceptNeedsStore ? <p>{t("needsStore", { company: companyName })}</p> : null}
          {actions.decline ? <DeclineQuoteForm locale={locale} companyId={company.id} quoteId={id} number={quote.number} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="quote-thread-title">
        <h3 id="quote-thread-title">{t("threadTitle")}</h3>
        <QuoteThread messages={quote.messages} companyName={companyName} />
      </section>

      {actions.reply ? (
        <section aria-labelledby="quote-reply-title">
          <h3 id="quote-reply-title">{t("replyTitle")}</h3>
          <QuoteReplyForm locale={locale} companyId={company.id} quoteId={id} />
        </section>
      ) : null}
    </>
  )
}
