/**
 * The one allow-list of the HTML a feed's bodies may use on a page: what the app keeps when it
 * cleans a body (features/task/cleanBody.ts), and what the validator tells editors about.
 */
export const BODY_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'h3', 'h4'];

/** `target` survives only as `_blank` (not an address, so not held to the link schemes), with `rel` set by the app. */
export const BODY_ATTRIBUTES = ['href', 'target'];

/** Links that open a page, write an email or dial a number; any other address is dropped. */
export const BODY_LINK_SCHEMES = /^(?:https?|mailto|tel):/i;
