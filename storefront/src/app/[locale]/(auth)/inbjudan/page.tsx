import { linkLandingPage } from "@/modules/registration/link-landing-page"

export const dynamic = "force-dynamic"

const { generateMetadata, Page } = linkLandingPage("invitation")

export { generateMetadata }
export default Page
