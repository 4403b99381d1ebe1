import { SetupFlow } from "@/modules/auth/components/setup-flow"
import { loginStepPage } from "@/modules/auth/login-step-page"

export const dynamic = "force-dynamic"

/** First login (after registration, or after the e-mail code): set up the second factor. */
const { generateMetadata, Page } = loginStepPage({
  step: "setup",
  title: { namespace: "setup", key: "title" },
  // The last step completes the session and shows the recovery codes on this same page.
  showsCompletedLogin: true,
  // Once a factor is being set up, the page stays until its code is verified.
  asksBackend: (pending) => !pending.factor,
  content: ({ locale, pending }) => <SetupFlow locale={locale} completed={!pending} />,
})

export { generateMetadata }
export default Page
