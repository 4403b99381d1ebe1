import { getTranslations } from "next-intl/server"
import type { LicenseTerms } from "@/lib/data/store"

const KINDS = ["named_user", "company", "site"]
const TERMS = ["perpetual", "yearly"]

/** What a license covers, in words: "Per namngiven användare · 1 användare · Tillsvidare". */
export async function LicenseTermsText({ terms }: { terms: Pick<LicenseTerms, "kind" | "seats" | "term"> | null }) {
  const t = await getTranslations("licenseTerms")
  if (!terms) return null
  const parts = [
    KINDS.includes(terms.kind) ? t(`kind.${terms.kind}`) : terms.kind,
    t("seats", { count: terms.seats }),
    TERMS.includes(terms.term) ? t(`term.${terms.term}`) : terms.term,
  ].filter(Boolean)
  return <>{parts.join(" · ")}</>
}

/** "Tillsvidare" / "Årsabonnemang" alone. */
export async function LicenseTermWord({ term }: { term: string }) {
  const t = await getTranslations("licenseTerms")
  return <>{TERMS.includes(term) ? t(`term.${term}`) : term}</>
}
