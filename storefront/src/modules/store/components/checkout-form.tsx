"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { placeOrder, type CheckoutState } from "../actions"
import { MAX_REFERENCE_LENGTH } from "../limits"

/** "Er referens", the terms and the one button "Lägg beställning". */
export function CheckoutForm({ locale, companyId, cartId }: { locale: string; companyId: string; cartId: string }) {
  const t = useTranslations("checkout")
  const { state, onSubmit, pending } = useKeptFormAction<CheckoutState>(placeOrder, {})
  const termsErrors = state.fields?.accept_terms
  const termsInvalid = !!termsErrors
  return (
    <form onSubmit={onSubmit} className="form checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="cart_id" value={cartId} />
      <FormField
        id="checkout-reference"
        label={t("yourReference")}
        hint={t("yourReferenceHint")}
        errors={state.fields?.your_reference}
        formErrorId="checkout-error"
      >
        {(control) => <input {...control} name="your_reference" type="text" maxLength={MAX_REFERENCE_LENGTH} autoComplete="off" />}
      </FormField>
      <div className="field">
        <div className="checkbox">
          <input
            id="checkout-terms"
            name="accept_terms"
            type="checkbox"
            aria-invalid={termsInvalid || undefined}
            aria-describedby={[termsInvalid ? "checkout-terms-errors" : undefined, "checkout-error"].filter(Boolean).join(" ")}
          />
          <label htmlFor="checkout-terms">{t("acceptTerms")}</label>
        </div>
        <p className="field-hint">
          <Link href="/monitor-store/villkor" target="_blank" rel="noopener">
            {t("termsLink")}
            <span className="visually-hidden"> {t("opensInNewTab")}</span>
          </Link>
        </p>
        {termsErrors ? (
          <ul id="checkout-terms-errors" className="field-error">
            {termsErrors.map((message) => (
              <li key={message}>{message.startsWith("#") ? <TermsMessage code={message.slice(1)} /> : message}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <FormErrorMessage id="checkout-error" error={state.error} />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t("placing")}>
          {t("placeOrder")}
        </SubmitButton>
      </div>
    </form>
  )
}

function TermsMessage({ code }: { code: string }) {
  const t = useTranslations("errors")
  return <>{t(code)}</>
}
