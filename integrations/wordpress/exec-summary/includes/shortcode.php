<?php
/**
 * [exec_summary src="URL" theme="" variant="" heading_level="" expanded="" lang=""] for the
 * classic editor, the Shortcode block, widgets and templates (do_shortcode).
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's output: the card's host (see exec_summary_render_card()).
 *
 * Only the attributes below are read; any other (an author cannot choose a script URL) is
 * ignored, and a value the card does not accept is dropped.
 *
 * @param array|string $atts Attributes as parsed by WordPress ('' when there are none).
 * @return string HTML.
 */
function exec_summary_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'theme'         => '',
			'variant'       => '',
			'heading_level' => '',
			'expanded'      => '',
			'lang'          => '',
		),
		is_array( $atts ) ? $atts : array(),
		'exec_summary'
	);
	return exec_summary_render_card( $atts );
}

/**
 * Registers the shortcode.
 */
function exec_summary_register_shortcode() {
	add_shortcode( 'exec_summary', 'exec_summary_shortcode' );
}
add_action( 'init', 'exec_summary_register_shortcode' );
