export { default } from "../loading"
