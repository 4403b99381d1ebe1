export { CompanyCart } from "./company-cart"
export { CompanyOrder } from "./company-order"
