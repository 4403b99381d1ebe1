import { areaIntroPage } from "@/modules/common/area-intro-page";

const { generateMetadata, Page } = areaIntroPage("user_management", "manageUsers");

export { generateMetadata };
export default Page;
