<?php
/**
 * What kses keeps of the card's markup for users without unfiltered_html (Authors,
 * Contributors). WordPress's list of allowed HTML already holds every element the static card
 * uses and most of its attributes (class, id, role, lang, dir, aria-labelledby, data-*, open,
 * datetime, href); it lacks two that are harmless and that the card needs, so that an Author's
 * saved card stays the one the block rendered (and the block stays valid when reopened):
 * - `part`, which names an element for a page's `::part()` rules (the card's theming contract);
 * - `aria-controls` on buttons ("Expand all" names the sections it opens).
 * And the block's own wrapper element, with the attributes the block editor gives it.
 * Neither carries a URL or a script; nothing else is added.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements of the static card that may carry `part` (src/components/).
 *
 * @return string[]
 */
function exec_summary_card_elements() {
	return array( 'article', 'header', 'hgroup', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'button', 'details', 'summary', 'ul', 'li', 'footer', 'a', 'span', 'strong', 'em', 'cite', 'code', 'time' );
}

/**
 * Adds the card's attributes to the HTML allowed in posts.
 *
 * @param array        $allowed Element => allowed attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function exec_summary_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( exec_summary_card_elements() as $element ) {
		if ( isset( $allowed[ $element ] ) && is_array( $allowed[ $element ] ) ) {
			$allowed[ $element ]['part'] = true;
		}
	}
	if ( isset( $allowed['button'] ) && is_array( $allowed['button'] ) ) {
		$allowed['button']['aria-controls'] = true;
	}
	$allowed[ EXEC_SUMMARY_BLOCK_WRAPPER ] = array(
		'class' => true,
		'id'    => true,
	);
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'exec_summary_kses_allowed_html', 10, 2 );
