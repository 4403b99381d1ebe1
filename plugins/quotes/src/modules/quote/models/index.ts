export { Quote } from "./quote"
export { QuoteMessage } from "./quote-message"
