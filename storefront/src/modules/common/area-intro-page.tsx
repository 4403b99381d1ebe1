import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { PortalArea } from "@/lib/permissions/areas"
import { PageIntro, type PageIntroNamespace } from "./components/page-intro"
import { requireArea } from "./require-area"

type Props = { params: Promise<{ locale: string }> }

/**
 * A portal area's page until its own content is built (Monitor Store, Support, Mina sidor): guarded by the
 * area like the navigation, titled from its messages, showing only its introduction.
 */
export function areaIntroPage(area: PortalArea, namespace: PageIntroNamespace) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params
    const t = await getTranslations({ locale, namespace })
    return { title: t("title") }
  }

  async function Page({ params }: Props) {
    const { locale } = await params
    setRequestLocale(locale)
    if (!(await requireArea(area))) return null
    return <PageIntro namespace={namespace} />
  }

  return { generateMetadata, Page }
}
