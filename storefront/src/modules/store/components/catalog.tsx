import { getLocale, getTranslations } from "next-intl/server"
import type { Product, ProductVariant } from "@/lib/data/store"
import { formatMoney, formatRate } from "@/modules/common/format"
import { RequestQuoteForm } from "@/modules/quotes/components/request-quote-form"
import { groupByCategory } from "../catalog-groups"
import { AddToCartForm } from "./add-to-cart-form"
import { LicenseTermsText } from "./license-terms"

async function VariantOffer({ variant, product, companyId }: { variant: ProductVariant; product: Product; companyId: string }) {
  const t = await getTranslations("store")
  const locale = await getLocale()
  const price = variant.price
  const showVariantTitle = product.variants.length > 1
  return (
    <div className="offer">
      {showVariantTitle ? <h4 className="offer__title">{variant.title}</h4> : null}
      {variant.license_terms ? (
        <p className="offer__terms">
          <LicenseTermsText terms={variant.license_terms} />
        </p>
      ) : null}
      {price ? (
        <div className="price" data-testid="price">
          <p className="price__amount">
            {price.is_company_price ? <span className="tag tag--price">{t("yourPrice")}</span> : null}{" "}
            <strong>{formatMoney(price.amount, locale, price.currency_code)}</strong> <span className="price__vat-note">{t("exVat")}</span>
          </p>
          {price.is_company_price && price.original_amount !== null && price.original_amount !== price.amount ? (
            <p className="price__list">{t("listPrice", { amount: formatMoney(price.original_amount, locale, price.currency_code) })}</p>
          ) : null}
          <p className="price__tax">
            {t("vatLine", { rate: formatRate(price.tax_rate, locale), amount: formatMoney(price.tax_amount, locale, price.currency_code) })}
          </p>
        </div>
      ) : (
        <p className="price__missing">{t("noPrice")}</p>
      )}
      {price ? <AddToCartForm locale={locale} companyId={companyId} variantId={variant.id} productTitle={product.title} /> : null}
      {/* "Begär offert" for this product alone: for a larger quantity, or when it has no price ("Kontakta Monitor för pris"). */}
      <RequestQuoteForm
        locale={locale}
        companyId={companyId}
        subject={{ variantId: variant.id, productTitle: showVariantTitle ? `${product.title} – ${variant.title}` : product.title }}
        small
      />
    </div>
  )
}

export async function Catalog({ products, companyId }: { products: readonly Product[]; companyId: string }) {
  const t = await getTranslations("store")
  if (products.length === 0) return <p>{t("empty")}</p>
  return (
    <>
      {groupByCategory(products).map(({ category, products: inCategory }) => {
        const headingId = `category-${category ?? "other"}`
        return (
          <section key={category ?? "other"} aria-labelledby={headingId} className="catalog-section">
            <h2 id={headingId}>{category ? t(`categories.${category}`) : t("categories.other")}</h2>
            <ul className="product-list">
              {inCategory.map((product) => (
                <li key={product.id} className="product card" aria-labelledby={`product-${product.id}`}>
                  <h3 id={`product-${product.id}`}>{product.title}</h3>
                  {product.description ? <p className="product__description">{product.description}</p> : null}
                  {product.variants.map((variant) => (
                    <VariantOffer key={variant.id} variant={variant} product={product} companyId={companyId} />
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
