import { linkLandingPage } from "@/modules/registration/link-landing-page"

export const dynamic = "force-dynamic"

const { generateMetadata, Page } = linkLandingPage("registration")

export { generateMetadata }
export default Page
