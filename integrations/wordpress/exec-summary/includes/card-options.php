<?php
/**
 * The card's options that a shortcode, a template call or a setting may pass to the loader: for
 * each, the host attribute it becomes and the values the card accepts. `values` lists every
 * accepted value; `pattern` (a PCRE without delimiters, matched whole) is used where the values
 * cannot be listed.
 *
 * Written by tests/generated_assets.rs from src/options.rs: do not edit. After changing an
 * option, `UPDATE_GENERATED=1 cargo test --test generated_assets` writes this file again.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

return array(
	'theme'         => array(
		'attribute' => 'data-theme',
		'values'    => array( 'light', 'dark', 'auto', 'sepia', 'high-contrast' ),
	),
	'variant'       => array(
		'attribute' => 'data-variant',
		'values'    => array( 'compact' ),
	),
	'heading_level' => array(
		'attribute' => 'data-heading-level',
		'values'    => array( '2', '3', '4', '5', '6' ),
	),
	'expanded'      => array(
		'attribute' => 'data-expanded',
		'values'    => array( 'all', 'none' ),
	),
	'lang'          => array(
		'attribute' => 'data-lang',
		'pattern'   => '([A-Za-z]{2,3}|[xXiI])(-[A-Za-z0-9]{1,8})*',
	),
);
