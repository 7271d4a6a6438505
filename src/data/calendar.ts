/** Names of the calendar (data only). */

/** Month names and their abbreviations as news writes them, capitalized. */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
