/** The largest quantity of one cart line the portal sends (the backend has the final word). */
export const MAX_QUANTITY = 999
/** "Er referens": at most this many characters (the backend's limit). */
export const MAX_REFERENCE_LENGTH = 100
