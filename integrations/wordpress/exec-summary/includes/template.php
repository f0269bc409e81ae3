<?php
/**
 * Template functions for themes:
 *
 *     <?php if ( function_exists( 'exec_summary_card' ) ) { exec_summary_card( array( 'src' => '/wp-content/uploads/summary.json' ) ); } ?>
 *
 * The arguments are the shortcode's attributes (src, theme, variant, heading_level, expanded,
 * lang), with the same checks and the site's defaults; the loader is enqueued for the page.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The markup of a card.
 *
 * @param array $args src (required), theme, variant, heading_level, expanded, lang.
 * @return string HTML, escaped.
 */
function get_exec_summary_card( $args = array() ) {
	return exec_summary_render_card( $args );
}

/**
 * Prints a card.
 *
 * @param array $args src (required), theme, variant, heading_level, expanded, lang.
 */
function exec_summary_card( $args = array() ) {
	echo get_exec_summary_card( $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every part is escaped in exec_summary_render_card().
}
