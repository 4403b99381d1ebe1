import { areaIntroPage } from "@/modules/common/area-intro-page"

const { generateMetadata, Page } = areaIntroPage("support", "support")

export { generateMetadata }
export default Page
