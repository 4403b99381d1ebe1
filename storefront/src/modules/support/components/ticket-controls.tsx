"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { followAction, statusAction, type TicketActionState } from "../actions"

type Ids = { locale: string; companyId: string; ticketId: string }

function Hidden({ locale, companyId, ticketId }: Ids) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="ticket_id" value={ticketId} />
    </>
  )
}

function Done({ state }: { state: TicketActionState }) {
  const t = useTranslations("support.ticket.done")
  return <p role="status">{state.done ? t(state.done) : null}</p>
}

/** "Stäng ärendet" / "Öppna igen" and "Följ ärendet" / "Sluta följa": one button each, the outcome announced. */
export function TicketControls({ closed, following, ...ids }: Ids & { closed: boolean; following: boolean }) {
  const t = useTranslations("support.ticket")
  const [statusState, statusDispatch] = useActionState<TicketActionState, FormData>(statusAction, {})
  const [followState, followDispatch] = useActionState<TicketActionState, FormData>(followAction, {})
  return (
    <div className="ticket-actions">
      <form action={statusDispatch} className="inline-form">
        <Hidden {...ids} />
        <input type="hidden" name="action" value={closed ? "reopen" : "close"} />
        <SubmitButton className="button" pendingLabel={t("working")}>
          {closed ? t("reopen") : t("close")}
        </SubmitButton>
        <FormErrorMessage id="ticket-status-error" error={statusState.error} />
        <Done state={statusState} />
      </form>
      <form action={followDispatch} className="inline-form">
        <Hidden {...ids} />
        <input type="hidden" name="follow" value={following ? "false" : "true"} />
        <SubmitButton className="button" pendingLabel={t("working")}>
          {following ? t("unfollow") : t("follow")}
        </SubmitButton>
        <FormErrorMessage id="ticket-follow-error" error={followState.error} />
        <Done state={followState} />
      </form>
    </div>
  )
}
