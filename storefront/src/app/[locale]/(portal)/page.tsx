import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/modules/common/require-area";
import { CompanyTable } from "@/modules/overview/components/company-table";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "overview" });
  return { title: t("title") };
}

/** Översikt: the landing page after login. */
export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireArea(null);
  if (!session) return null;
  const t = await getTranslations("overview");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <CompanyTable companies={session.companies} />
    </>
  );
}
