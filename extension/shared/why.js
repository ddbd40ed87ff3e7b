/**
 * The words for the engine's reason a page is (or is not) protected
 * (`Settings.protection(page).reason`), for the popup and the options page.
 */
export const WHY = Object.freeze({
  'built-in': 'popupWhyBuiltIn',
  organisation: 'popupWhyOrganisation',
  user: 'popupWhyUser',
  'all-sites': 'popupWhyAllSites',
  'excluded-by-organisation': 'popupWhyExcludedByOrganisation',
  'excluded-by-user': 'popupWhyExcludedByUser',
});
