import { getTranslations } from "next-intl/server"
import type { BillingDetails } from "@/lib/data/store"

/** The company and where the invoice goes: address, VAT number, invoice e-mail, payment terms, "Faktura". */
export async function BillingDetailsCard({ details }: { details: BillingDetails }) {
  const t = await getTranslations("checkout")
  const profile = details.billing_profile
  return (
    <section className="card checkout-billing" aria-labelledby="checkout-billing-title">
      <h2 id="checkout-billing-title">{t("billingTitle")}</h2>
      <dl className="details">
        <div>
          <dt>{t("company")}</dt>
          <dd>{details.company.name}</dd>
        </div>
        {details.company.organisation_number ? (
          <div>
            <dt>{t("organisationNumber")}</dt>
            <dd>{details.company.organisation_number}</dd>
          </div>
        ) : null}
        {profile ? (
          <>
            <div>
              <dt>{t("billingAddress")}</dt>
              <dd>
                <address>
                  {profile.name}
                  {profile.attention ? (
                    <>
                      <br />
                      {t("attention", { name: profile.attention })}
                    </>
                  ) : null}
                  <br />
                  {profile.address_1}
                  {profile.address_2 ? (
                    <>
                      <br />
                      {profile.address_2}
                    </>
                  ) : null}
                  <br />
                  {profile.postal_code} {profile.city}
                  {profile.country_code && profile.country_code.toLowerCase() !== "se" ? (
                    <>
                      <br />
                      {profile.country_code.toUpperCase()}
                    </>
                  ) : null}
                </address>
              </dd>
            </div>
            <div>
              <dt>{t("vatNumber")}</dt>
              <dd>{profile.vat_number ?? "–"}</dd>
            </div>
            <div>
              <dt>{t("invoiceEmail")}</dt>
              <dd>{profile.invoice_email}</dd>
            </div>
            <div>
              <dt>{t("paymentTerms")}</dt>
              <dd>{t("paymentTermsDays", { days: profile.payment_terms_days })}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t("paymentMethod")}</dt>
          <dd>{t("invoice")}</dd>
        </div>
      </dl>
      {profile ? null : <p className="notice notice--warning">{t("noBillingProfile")}</p>}
    </section>
  )
}
