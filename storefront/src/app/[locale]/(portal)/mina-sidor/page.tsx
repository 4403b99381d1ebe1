import { areaIntroPage } from "@/modules/common/area-intro-page"

const { generateMetadata, Page } = areaIntroPage("my_pages", "myPages")

export { generateMetadata }
export default Page
