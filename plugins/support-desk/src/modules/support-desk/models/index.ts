export { StrapiHookEvent } from "./strapi-hook-event"
export { TicketFollower } from "./ticket-follower"
