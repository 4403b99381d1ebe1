import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageIntro } from "@/modules/common/components/page-intro";
import { requireArea } from "@/modules/common/require-area";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "manageUsers" });
  return { title: t("title") };
}

export default async function ManageUsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await requireArea("user_management"))) return null;
  return <PageIntro namespace="manageUsers" />;
}
