import { areaIntroPage } from "@/modules/common/area-intro-page"

const { generateMetadata, Page } = areaIntroPage("store", "store")

export { generateMetadata }
export default Page
