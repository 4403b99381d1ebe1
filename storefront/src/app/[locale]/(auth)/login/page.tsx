import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LoginForm } from "@/modules/auth/components/login-form";
import { SiteHeader } from "@/modules/layout/components/site-header";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "login" });
  return { title: t("title") };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ reason?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { reason } = await searchParams;
  const t = await getTranslations("login");

  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <div className="card">
          <h1>{t("title")}</h1>
          <p className="lead">{t("intro")}</p>
          {reason === "expired" ? (
            <p className="notice" role="status">
              {t("sessionExpired")}
            </p>
          ) : null}
          <LoginForm locale={locale} />
        </div>
      </main>
    </>
  );
}
